import { Migration } from '@mikro-orm/migrations';

/**
 * Training: consented disaggregation answers (sex, age band, the Washington Group short set) kept apart from the
 * registration so that withdrawal and erasure are one statement; pre- and post-test scores; trainers as accounts.
 */
export class Migration20261217000000TrainingDisaggregation extends Migration {
  override up(): void {
    const wg = (column: string): string =>
      `${column} text check (${column} in ('NO_DIFFICULTY', 'SOME_DIFFICULTY', 'A_LOT_OF_DIFFICULTY', 'CANNOT_DO_AT_ALL'))`;
    this.addSql(`
      create table training_disaggregation (
        registration_id uuid primary key references training_registration (id) on delete cascade,
        user_id uuid not null references auth_user (id) on delete cascade,
        consent_purpose text not null,
        consent_text_version text not null,
        consented_at timestamptz not null default date_trunc('milliseconds', now()),
        withdrawn_at timestamptz,
        sex text check (sex in ('FEMALE', 'MALE')),
        age_band text check (age_band in ('AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_64', 'AGE_65_PLUS')),
        ${wg('wg_seeing')},
        ${wg('wg_hearing')},
        ${wg('wg_walking')},
        ${wg('wg_cognition')},
        ${wg('wg_self_care')},
        ${wg('wg_communication')},
        constraint training_disaggregation_withdrawn_erased check (withdrawn_at is null or (sex is null
          and age_band is null and wg_seeing is null and wg_hearing is null and wg_walking is null
          and wg_cognition is null and wg_self_care is null and wg_communication is null))
      );
    `);
    this.addSql('create index training_disaggregation_user_idx on training_disaggregation (user_id);');
    this.addSql(`
      alter table training_registration
        add column pre_test_score smallint check (pre_test_score between 0 and 100),
        add column post_test_score smallint check (post_test_score between 0 and 100),
        add column scores_recorded_by uuid references auth_user (id) on delete set null,
        add column scores_recorded_at timestamptz;
    `);
    this.addSql(`
      create table training_session_trainer (
        session_id uuid not null references training_session (id) on delete cascade,
        user_id uuid not null references auth_user (id) on delete cascade,
        primary key (session_id, user_id)
      );
    `);
    this.addSql('create index training_session_trainer_user_idx on training_session_trainer (user_id);');
  }

  override down(): void {
    this.addSql('drop table if exists training_session_trainer;');
    this.addSql('drop table if exists training_disaggregation;');
    this.addSql(`alter table training_registration drop column if exists pre_test_score,
      drop column if exists post_test_score, drop column if exists scores_recorded_by,
      drop column if exists scores_recorded_at;`);
  }
}
