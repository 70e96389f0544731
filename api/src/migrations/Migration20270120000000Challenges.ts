import { Migration } from '@mikro-orm/migrations';

/**
 * Participation, second part: social innovation challenges. A challenge (a problem statement from the programme, MoSD
 * or an institution) takes ideas from verified organisations, alone or with partner organisations and institutions,
 * between its dates (UTC). A jury reviews the ideas with the review module (rounds scoped by the challenge, subjects
 * of kind InnovationIdea); officers shortlist and then move ideas along the pipeline: prototype, pilot (tied to a
 * grant application in a social innovation lot), scaled or stopped with the lessons learnt. Every move is audited.
 */
export class Migration20270120000000Challenges extends Migration {
  override up(): void {
    this.addSql(`
      create table innovation_challenge (
        id uuid primary key,
        title_ar text check (length(title_ar) between 1 and 300),
        title_en text check (length(title_en) between 1 and 300),
        problem_ar text check (length(problem_ar) between 1 and 10000),
        problem_en text check (length(problem_en) between 1 and 10000),
        owner_kind text not null check (owner_kind in ('MOSD', 'DIRECTORATE', 'PROGRAMME')),
        owner_institution_id uuid references institution (id),
        governorate_codes text[] not null default '{}',
        target_group_codes text[] not null default '{}',
        ideas_open_at timestamptz(3) not null,
        ideas_close_at timestamptz(3) not null,
        shortlist_due_at timestamptz(3) not null,
        status text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
        published_at timestamptz,
        created_by uuid references auth_user (id) on delete set null,
        created_at timestamptz not null default now(),
        check (title_ar is not null or title_en is not null),
        check (ideas_close_at > ideas_open_at and shortlist_due_at >= ideas_close_at),
        check ((owner_kind = 'DIRECTORATE') = (owner_institution_id is not null)),
        check ((status = 'PUBLISHED') = (published_at is not null))
      );
      create index innovation_challenge_listing_idx on innovation_challenge (status, ideas_close_at desc, id);

      create table innovation_idea (
        id uuid primary key,
        challenge_id uuid not null references innovation_challenge (id) on delete cascade,
        organization_id uuid not null references organization (id) on delete cascade,
        title_ar text check (length(title_ar) between 1 and 300),
        title_en text check (length(title_en) between 1 and 300),
        summary_ar text check (length(summary_ar) between 1 and 10000),
        summary_en text check (length(summary_en) between 1 and 10000),
        team_organization_ids text[] not null default '{}',
        team_institution_ids text[] not null default '{}',
        stage text not null default 'SUBMITTED' check (stage in ('SUBMITTED', 'UNDER_REVIEW', 'SHORTLISTED',
          'NOT_SHORTLISTED', 'PROTOTYPE', 'PILOT', 'SCALED', 'STOPPED')),
        stage_note text check (length(stage_note) between 1 and 5000),
        pilot_grant_application_id uuid references grant_application (id),
        lessons_ar text check (length(lessons_ar) between 1 and 10000),
        lessons_en text check (length(lessons_en) between 1 and 10000),
        submitted_by uuid references auth_user (id) on delete set null,
        submitted_at timestamptz not null default now(),
        stage_changed_at timestamptz not null default now(),
        version integer not null default 1,
        check (title_ar is not null or title_en is not null),
        check (stage not in ('PILOT', 'SCALED') or pilot_grant_application_id is not null),
        check (stage not in ('SCALED', 'STOPPED') or lessons_ar is not null or lessons_en is not null)
      );
      -- one idea per organisation per challenge (it edits it rather than sending a second)
      create unique index innovation_idea_one_per_lead on innovation_idea (challenge_id, organization_id);
      create index innovation_idea_organization_idx on innovation_idea (organization_id);
    `);
  }

  override down(): void {
    this.addSql('drop table if exists innovation_idea; drop table if exists innovation_challenge;');
  }
}
