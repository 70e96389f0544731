import { Migration } from '@mikro-orm/migrations';

/**
 * Questions an applicant asks about a published call: kept for officers (never public, never naming the asker to
 * other applicants) until an officer answers one by publishing a question and answer (grant_call_question), which
 * marks it answered.
 */
export class Migration20261229000000GrantCallQuestionAsked extends Migration {
  override up(): void {
    this.addSql(`
      create table grant_call_question_asked (
        id uuid primary key,
        call_id uuid not null references grant_call (id) on delete cascade,
        question_ar text check (length(question_ar) between 1 and 4000),
        question_en text check (length(question_en) between 1 and 4000),
        asked_by uuid,
        asked_at timestamptz(3) not null default now(),
        answered_by_question_id uuid references grant_call_question (id) on delete set null,
        answered_at timestamptz(3),
        check (question_ar is not null or question_en is not null)
      );
      create index grant_call_question_asked_call_idx on grant_call_question_asked (call_id, asked_at, id);
    `);
  }

  override down(): void {
    this.addSql('drop table grant_call_question_asked;');
  }
}
