/** Partnerships' indicators: partnerships in force or completed, CSO-CSO and CSO-public institution. */
import {
  ResultsDimension as D,
  ResultsIndicatorUnit,
  breakdownEntry,
  breakdownObject,
  type IndicatorDefinition,
} from '../indicator.definition.js';

const records = (kind: 'CSO_CSO' | 'CSO_INSTITUTION') => `select 'Partnership' as record_type, p.id::text as record_id,
      p.activated_at as occurred_at,
      coalesce(p.agreement_reference, left(coalesce(p.purpose_ar, p.purpose_en), 80)) as label_ar,
      coalesce(p.agreement_reference, left(coalesce(p.purpose_en, p.purpose_ar), 80)) as label_en,
      ${breakdownObject(breakdownEntry(D.GOVERNORATE, 'g.code', 'g.name_ar', 'g.name_en'))} as breakdown
    from partnership p
    left join lateral unnest(p.governorate_codes) pg(code) on true
    left join governorate g on g.code = pg.code
    where p.kind = '${kind}' and p.status in ('ACTIVE', 'COMPLETED') and p.activated_at is not null`;

export const partnershipsCsoCso: IndicatorDefinition = {
  code: 'PARTNERSHIPS_CSO_CSO',
  nameAr: 'شراكات بين الجمعيات',
  nameEn: 'CSO-CSO partnerships',
  definitionAr: 'شراكات بين جمعيتين أو أكثر أصبحت سارية (أو اكتملت)، تُحسب في ربع السنة الذي بدأت فيه.',
  definitionEn:
    'Partnerships between CSOs that came into force (active or completed), counted in the quarter they began.',
  unit: ResultsIndicatorUnit.PARTNERSHIPS,
  baseline: 0,
  target: null,
  dimensions: [D.GOVERNORATE],
  recordsSql: records('CSO_CSO'),
};

export const partnershipsCsoInstitution: IndicatorDefinition = {
  code: 'PARTNERSHIPS_CSO_INSTITUTION',
  nameAr: 'شراكات بين الجمعيات والمؤسسات العامة',
  nameEn: 'CSO-public institution partnerships',
  definitionAr: 'شراكات بين جمعية ومؤسسة عامة أصبحت سارية (أو اكتملت)، تُحسب في ربع السنة الذي بدأت فيه.',
  definitionEn:
    'Partnerships between a CSO and a public institution that came into force (active or completed), counted in the quarter they began.',
  unit: ResultsIndicatorUnit.PARTNERSHIPS,
  baseline: 0,
  target: null,
  dimensions: [D.GOVERNORATE],
  recordsSql: records('CSO_INSTITUTION'),
};
