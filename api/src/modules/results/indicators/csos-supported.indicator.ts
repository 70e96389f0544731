/**
 * CSOs supported: verified organisations with at least one completed training by a member of its staff, or a
 * partnership in force or completed (and, once grants award, a grant awarded: one more branch of SUPPORTS). An
 * organisation supported several ways, or several times, is one record, counted in the quarter of its first support;
 * the SUPPORT breakdown counts it under each way it was supported.
 */
import {
  ResultsDimension as D,
  ResultsIndicatorUnit,
  breakdownEntry,
  breakdownObject,
  type IndicatorDefinition,
} from '../indicator.definition.js';
import { COMPLETED_REGISTRATION } from './training.indicators.js';

/** Each way an organisation was supported: (organization_id, occurred_at, way). */
const SUPPORTS = [
  `select r.organization_id, s.ends_at as occurred_at, 'TRAINING' as way
     from training_registration r
     join training_session s on s.id = r.session_id
     join training_course c on c.id = s.course_id
     where r.organization_id is not null and not r.as_public_official and r.status = 'CONFIRMED'
       and s.cancelled_at is null and s.ends_at <= now() and ${COMPLETED_REGISTRATION}`,
  `select pm.organization_id, p.activated_at as occurred_at, 'PARTNERSHIP' as way
     from partnership_member pm
     join partnership p on p.id = pm.partnership_id
     where pm.organization_id is not null and p.status in ('ACTIVE', 'COMPLETED') and p.activated_at is not null`,
];

const WAY_AR = `case x.way when 'TRAINING' then 'تدريب مكتمل' when 'PARTNERSHIP' then 'شراكة' else 'منحة' end`;
const WAY_EN = `case x.way when 'TRAINING' then 'Completed training' when 'PARTNERSHIP' then 'Partnership' else 'Grant' end`;

export const csosSupported: IndicatorDefinition = {
  code: 'CSOS_SUPPORTED',
  nameAr: 'الجمعيات المدعومة',
  nameEn: 'CSOs supported',
  definitionAr:
    'جمعيات موثَّقة أكمل أحد موظفيها دورة تدريبية على الأقل، أو لها شراكة سارية أو مكتملة؛ تُحسب الجمعية مرة واحدة مهما تعددت أوجه دعمها، في ربع السنة الذي دُعمت فيه أول مرة.',
  definitionEn:
    'Verified CSOs with at least one training completed by a member of staff, or a partnership in force or completed; each CSO counts once however many ways it was supported, in the quarter of its first support.',
  unit: ResultsIndicatorUnit.ORGANIZATIONS,
  baseline: 0,
  target: 250,
  dimensions: [D.SUPPORT, D.GOVERNORATE],
  recordsSql: `select 'Organization' as record_type, o.id::text as record_id, x.occurred_at,
      coalesce(o.name_ar, o.name_en) as label_ar, coalesce(o.name_en, o.name_ar) as label_en,
      ${breakdownObject(
        breakdownEntry(D.SUPPORT, 'x.way', WAY_AR, WAY_EN),
        breakdownEntry(D.GOVERNORATE, 'g.code', 'g.name_ar', 'g.name_en'),
      )} as breakdown
    from (${SUPPORTS.join('\n     union all\n     ')}) x
    join organization o on o.id = x.organization_id and o.verification_state = 'VERIFIED'
    left join governorate g on g.code = o.governorate_code`,
};
