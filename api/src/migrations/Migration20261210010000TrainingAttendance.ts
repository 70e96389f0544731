import { Migration } from '@mikro-orm/migrations';

/** Attendance of a registration on each day of its session, marked by an officer. */
export class Migration20261210010000TrainingAttendance extends Migration {
  override up(): void {
    this.addSql(`
      create table training_attendance (
        registration_id uuid not null references training_registration (id) on delete cascade,
        day_id uuid not null references training_session_day (id) on delete cascade,
        present boolean not null,
        marked_by uuid references auth_user (id) on delete set null,
        marked_at timestamptz not null default date_trunc('milliseconds', now()),
        primary key (registration_id, day_id)
      );
    `);
  }

  override down(): void {
    this.addSql('drop table if exists training_attendance;');
  }
}
