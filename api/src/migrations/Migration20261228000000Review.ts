import { Migration } from '@mikro-orm/migrations';

/**
 * Review, reusable by any domain: a round per scope (a grant call, later a challenge) with its rubric of weighted
 * criteria and a divergence margin; the assignments of reviewers to subjects (a grant application, ...); the
 * conflicts reviewers declare; their scores per criterion. Grants: the states after submission (eligible, under
 * review, shortlisted, rejected) and the officers' eligibility reasons, ranking note and decision.
 */
export class Migration20261228000000Review extends Migration {
  override up(): void {
    this.addSql(`
      create table review_round (
        id uuid primary key,
        scope_kind text not null check (length(scope_kind) between 1 and 60),
        scope_id uuid not null,
        criteria jsonb not null default '[]'::jsonb,
        divergence_margin_hundredths integer not null default 100 check (divergence_margin_hundredths between 0 and 500),
        version integer not null default 1,
        updated_by uuid,
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz not null default now(),
        unique (scope_kind, scope_id)
      );

      create table review_assignment (
        id uuid primary key,
        round_id uuid not null references review_round (id),
        subject_kind text not null check (length(subject_kind) between 1 and 60),
        subject_id uuid not null,
        reviewer_id uuid not null references auth_user (id),
        status text not null default 'ASSIGNED' check (status in ('ASSIGNED', 'SUBMITTED', 'CONFLICTED')),
        assigned_by uuid,
        assigned_at timestamptz(3) not null default now(),
        submitted_at timestamptz,
        check ((status = 'SUBMITTED') = (submitted_at is not null)),
        unique (subject_kind, subject_id, reviewer_id)
      );
      create index review_assignment_reviewer_idx on review_assignment (reviewer_id, assigned_at, id);
      create index review_assignment_round_idx on review_assignment (round_id);

      create table review_conflict (
        subject_kind text not null,
        subject_id uuid not null,
        reviewer_id uuid not null references auth_user (id) on delete cascade,
        reason text not null check (length(reason) between 1 and 2000),
        declared_at timestamptz not null default now(),
        primary key (subject_kind, subject_id, reviewer_id)
      );

      create table review_score (
        assignment_id uuid not null references review_assignment (id) on delete cascade,
        criterion_code text not null check (length(criterion_code) between 1 and 40),
        score smallint not null check (score between 0 and 5),
        comment text check (length(comment) <= 4000),
        updated_at timestamptz not null default now(),
        primary key (assignment_id, criterion_code)
      );

      alter table grant_application drop constraint grant_application_status_check;
      alter table grant_application add constraint grant_application_status_check
        check (status in ('DRAFT', 'SUBMITTED', 'WITHDRAWN', 'INELIGIBLE', 'ELIGIBLE', 'UNDER_REVIEW', 'SHORTLISTED', 'REJECTED'));
      alter table grant_application add column ranking_note text check (length(ranking_note) <= 2000);
      alter table grant_application add column decision_note text check (length(decision_note) <= 2000);
      alter table grant_application add column decided_at timestamptz;
    `);
  }

  override down(): void {
    this.addSql(`
      update grant_application set status = 'SUBMITTED' where status in ('ELIGIBLE', 'UNDER_REVIEW', 'SHORTLISTED', 'REJECTED');
      alter table grant_application drop column ranking_note, drop column decision_note, drop column decided_at;
      alter table grant_application drop constraint grant_application_status_check;
      alter table grant_application add constraint grant_application_status_check
        check (status in ('DRAFT', 'SUBMITTED', 'WITHDRAWN', 'INELIGIBLE'));
      drop table review_score;
      drop table review_conflict;
      drop table review_assignment;
      drop table review_round;
    `);
  }
}
