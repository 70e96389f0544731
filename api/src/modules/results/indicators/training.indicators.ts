/** Training's indicators: sessions held and their participants (by sex, audience and governorate). */
import { COMPLETED_SQL } from '../../training/index.js';
import {
  ResultsDimension as D,
  ResultsIndicatorUnit,
  breakdownEntry,
  breakdownObject,
  type IndicatorDefinition,
} from '../indicator.definition.js';

/** Sessions held: not cancelled and over. Alias s (session), c (course). */
const HELD_SESSIONS = `training_session s join training_course c on c.id = s.course_id
  left join governorate g on g.code = s.governorate_code
  where s.cancelled_at is null and s.ends_at <= now()`;

const sessionLabel = (lang: 'ar' | 'en') =>
  `coalesce(c.title_${lang}, c.title_${lang === 'ar' ? 'en' : 'ar'}) || ' (' || to_char(s.starts_at at time zone 'Asia/Amman', 'YYYY-MM-DD') || ')'`;

const GOVERNORATE = breakdownEntry(D.GOVERNORATE, 'g.code', 'g.name_ar', 'g.name_en');

/**
 * Registrations that completed their session (the course's completion rule, as certificates and the participation
 * aggregates apply it) or hold a certificate that is not revoked. Aliases r, s, c.
 */
export const COMPLETED_REGISTRATION = `(exists (select 1 from training_certificate tc
      where tc.registration_id = r.id and tc.revoked_at is null)
    or ${COMPLETED_SQL(
      `(select count(*) from training_attendance a where a.registration_id = r.id and a.present)`,
      `(select count(*) from training_session_day sd where sd.session_id = s.id)`,
    )})`;

export const trainingSessionsHeld: IndicatorDefinition = {
  code: 'TRAINING_SESSIONS_HELD',
  nameAr: 'الدورات التدريبية المنعقدة',
  nameEn: 'Training sessions held',
  definitionAr: 'جلسات تدريبية انتهت ولم تُلغَ، تُحسب في ربع السنة الذي انتهت فيه.',
  definitionEn: 'Training sessions that took place (ended and not cancelled), counted in the quarter they ended.',
  unit: ResultsIndicatorUnit.SESSIONS,
  baseline: 0,
  target: null,
  dimensions: [D.GOVERNORATE, D.AUDIENCE],
  recordsSql: `select 'TrainingSession' as record_type, s.id::text as record_id, s.ends_at as occurred_at,
      ${sessionLabel('ar')} as label_ar, ${sessionLabel('en')} as label_en,
      ${breakdownObject(
        GOVERNORATE,
        breakdownEntry(
          D.AUDIENCE,
          's.audience',
          `case s.audience when 'CSO_STAFF' then 'موظفو الجمعيات' when 'PUBLIC_OFFICIALS' then 'موظفون حكوميون' else 'الجميع' end`,
          `case s.audience when 'CSO_STAFF' then 'CSO staff' when 'PUBLIC_OFFICIALS' then 'Public officials' else 'Both' end`,
        ),
      )} as breakdown
    from ${HELD_SESSIONS}`,
};

export const trainingParticipants: IndicatorDefinition = {
  code: 'TRAINING_PARTICIPANTS',
  nameAr: 'المشاركون في التدريب',
  nameEn: 'Training participants',
  definitionAr:
    'مشاركات مؤكدة حضر أصحابها يومًا واحدًا على الأقل من دورة منعقدة، حسب الجنس (لمن وافق على الإفصاح) والفئة ومحافظة الدورة.',
  definitionEn:
    'Confirmed participations present on at least one day of a session held, by sex (where the participant consented to say), audience and the session’s governorate.',
  unit: ResultsIndicatorUnit.PARTICIPANTS,
  baseline: 0,
  target: null,
  dimensions: [D.SEX, D.AUDIENCE, D.GOVERNORATE],
  recordsSql: `select 'TrainingRegistration' as record_type, r.id::text as record_id, s.ends_at as occurred_at,
      ${sessionLabel('ar')} as label_ar, ${sessionLabel('en')} as label_en,
      ${breakdownObject(
        breakdownEntry(
          D.SEX,
          `coalesce(d.sex, 'NOT_STATED')`,
          `case d.sex when 'FEMALE' then 'إناث' when 'MALE' then 'ذكور' else 'غير مذكور' end`,
          `case d.sex when 'FEMALE' then 'Women' when 'MALE' then 'Men' else 'Not stated' end`,
        ),
        breakdownEntry(
          D.AUDIENCE,
          `case when r.as_public_official then 'PUBLIC_OFFICIALS' else 'CSO_STAFF' end`,
          `case when r.as_public_official then 'موظفون حكوميون' else 'موظفو الجمعيات' end`,
          `case when r.as_public_official then 'Public officials' else 'CSO staff' end`,
        ),
        GOVERNORATE,
      )} as breakdown
    from training_registration r
    join training_session s on s.id = r.session_id
    join training_course c on c.id = s.course_id
    left join governorate g on g.code = s.governorate_code
    left join training_disaggregation d on d.registration_id = r.id and d.withdrawn_at is null
    where s.cancelled_at is null and s.ends_at <= now() and r.status = 'CONFIRMED'
      and exists (select 1 from training_attendance a where a.registration_id = r.id and a.present)`,
};
