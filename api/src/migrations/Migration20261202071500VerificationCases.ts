import { Migration } from '@mikro-orm/migrations';

/**
 * The open verification case of an organisation (one while it is PENDING): when its evidence was submitted (the
 * officers' queue waits from then, oldest first) and whether the officers asked it for more information.
 */
export class Migration20261202071500VerificationCases extends Migration {
  override up(): void {
    this.addSql(`
      create table verification_case (
        organization_id uuid primary key references organization (id) on delete cascade,
        status text not null default 'WAITING' check (status in ('WAITING', 'INFORMATION_REQUESTED')),
        submitted_at timestamptz not null default date_trunc('milliseconds', now()),
        submitted_by uuid references auth_user (id) on delete set null,
        information_requested_at timestamptz
      );
    `);
    this.addSql('create index verification_case_waiting_idx on verification_case (submitted_at, organization_id);');
    // the organisations already pending: waiting since their last submission (else their last change)
    this.addSql(`
      insert into verification_case (organization_id, submitted_at, submitted_by)
      select o.id, date_trunc('milliseconds', coalesce(s.occurred_at, o.updated_at)), s.actor_id
      from organization o
      left join lateral (
        select occurred_at, actor_id from audit_event
        where subject_id = o.id and action = 'VERIFICATION_SUBMITTED' order by id desc limit 1
      ) s on true
      where o.verification_state = 'PENDING';
    `);
  }

  override down(): void {
    this.addSql('drop table if exists verification_case;');
  }
}
