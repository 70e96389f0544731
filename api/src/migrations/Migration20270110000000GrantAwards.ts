import { Migration } from '@mikro-orm/migrations';

/**
 * Grants, second part: awards. An award gives a shortlisted application an amount (integer minor units of the
 * call's currency, EUR) with the decision's reasons; one award per application.
 *
 * The envelopes are counters the database guards: grant_envelope holds one row for the programme (4,000,000 EUR),
 * one per call and one per lot, each with what is awarded against it. An award (or a change of its amount) adds to
 * the lot's, the call's and the programme's row with a guarded update (`awarded_minor + amount <= envelope_minor` in
 * the same statement, always in the order lot, call, programme), so concurrent awards wait on the row lock and can
 * never overshoot; the CHECK is a second line behind it.
 */
export class Migration20270110000000GrantAwards extends Migration {
  override up(): void {
    this.addSql(`
      create table grant_envelope (
        key text primary key check (key = 'PROGRAMME' or key ~ '^(CALL|LOT):[0-9a-f-]{36}$'),
        currency text not null default 'EUR' check (currency ~ '^[A-Z]{3}$'),
        envelope_minor bigint not null check (envelope_minor >= 0),
        awarded_minor bigint not null default 0,
        updated_at timestamptz(3) not null default now(),
        check (awarded_minor between 0 and envelope_minor)
      );
      insert into grant_envelope (key, currency, envelope_minor) values ('PROGRAMME', 'EUR', 400000000);

      create table grant_award (
        id uuid primary key,
        application_id uuid not null unique references grant_application (id) on delete restrict,
        call_id uuid not null references grant_call (id) on delete restrict,
        lot_id uuid not null references grant_lot (id) on delete restrict,
        organization_id uuid not null references organization (id) on delete restrict,
        amount_minor integer not null check (amount_minor > 0),
        currency text not null default 'EUR' check (currency ~ '^[A-Z]{3}$'),
        reasons_ar text check (length(reasons_ar) between 1 and 4000),
        reasons_en text check (length(reasons_en) between 1 and 4000),
        status text not null default 'AWARDED' check (status in ('AWARDED', 'TERMINATED', 'COMPLETED')),
        status_reason text check (length(status_reason) <= 4000),
        decided_by uuid,
        decided_at timestamptz(3) not null default now(),
        version integer not null default 1 check (version >= 1),
        idempotency_key text unique check (length(idempotency_key) between 8 and 200),
        request_hash text,
        created_at timestamptz(3) not null default now(),
        updated_at timestamptz(3) not null default now(),
        check (reasons_ar is not null or reasons_en is not null)
      );
      create index grant_award_lot_idx on grant_award (lot_id, decided_at, id);
      create index grant_award_call_idx on grant_award (call_id, decided_at, id);
      create index grant_award_organization_idx on grant_award (organization_id, decided_at, id);
    `);
  }

  override down(): void {
    this.addSql('drop table grant_award; drop table grant_envelope;');
  }
}
