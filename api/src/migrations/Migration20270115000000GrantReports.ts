import { Migration } from '@mikro-orm/migrations';

/**
 * Grants, second part: the grantee's reports on an award. A report is interim or final (numbered per award and
 * kind: INTERIM 1, INTERIM 2, FINAL 1); it carries a narrative in Arabic and English, the expenditure to the end of
 * its period per line of the application's budget (line positions, in the call's currency) and the results of the
 * logframe's indicators. Submitted by the grantee organisation's members; an officer approves it or returns it with
 * comments, and a returned report is submitted again. A tranche that depends on a report is paid only once the
 * report is APPROVED.
 */
export class Migration20270115000000GrantReports extends Migration {
  override up(): void {
    this.addSql(`
      create table grant_report (
        id uuid primary key,
        award_id uuid not null references grant_award (id) on delete restrict,
        kind text not null check (kind in ('INTERIM', 'FINAL')),
        sequence smallint not null check (sequence between 1 and 50),
        status text not null default 'SUBMITTED' check (status in ('SUBMITTED', 'RETURNED', 'APPROVED')),
        period_start date not null,
        period_end date not null,
        narrative_ar text check (length(narrative_ar) between 1 and 20000),
        narrative_en text check (length(narrative_en) between 1 and 20000),
        currency text not null check (currency ~ '^[A-Z]{3}$'),
        expenditure jsonb not null default '[]',
        indicator_results jsonb not null default '[]',
        officer_comments text check (length(officer_comments) between 1 and 4000),
        version integer not null default 1 check (version >= 1),
        submitted_by uuid,
        submitted_at timestamptz(3) not null default now(),
        decided_by uuid,
        decided_at timestamptz(3),
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz(3) not null default now(),
        unique (award_id, kind, sequence),
        check (period_start <= period_end),
        check (narrative_ar is not null or narrative_en is not null),
        check ((status = 'SUBMITTED') = (decided_at is null)),
        check (status <> 'RETURNED' or officer_comments is not null)
      );
      create index grant_report_status_idx on grant_report (status, submitted_at, id);
    `);
  }

  override down(): void {
    this.addSql('drop table grant_report;');
  }
}
