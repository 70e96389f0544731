import { Migration } from '@mikro-orm/migrations';

/**
 * The officers' list of partnership requests still waiting for an answer, oldest first (`pendingPartnershipRequests`):
 * a partial index keeps that page one index range however many answered requests pile up.
 */
export class Migration20261227100000PendingPartnershipRequests extends Migration {
  override up(): void {
    this.addSql(
      `create index partnership_request_pending_idx on partnership_request (created_at, id) where status = 'PENDING';`,
    );
  }

  override down(): void {
    this.addSql('drop index partnership_request_pending_idx;');
  }
}
