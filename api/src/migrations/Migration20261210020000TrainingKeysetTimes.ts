import { Migration } from '@mikro-orm/migrations';

/**
 * The training times that order keyset pages (a course's and a registration's creation, a session's start) are kept
 * to the millisecond by their column, as a cursor carries them (see Migration20261205000000KeysetTimesInMilliseconds).
 */
export class Migration20261210020000TrainingKeysetTimes extends Migration {
  override up(): void {
    this.addSql('alter table training_course alter column created_at type timestamptz(3);');
    this.addSql('alter table training_session alter column starts_at type timestamptz(3);');
    this.addSql('alter table training_registration alter column created_at type timestamptz(3);');
  }

  override down(): void {
    this.addSql('alter table training_registration alter column created_at type timestamptz;');
    this.addSql('alter table training_session alter column starts_at type timestamptz;');
    this.addSql('alter table training_course alter column created_at type timestamptz;');
  }
}
