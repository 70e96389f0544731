/** Grants' indicators: applications submitted, by lot (awards come with the awarding part of grants). */
import {
  ResultsDimension as D,
  ResultsIndicatorUnit,
  breakdownEntry,
  breakdownObject,
  type IndicatorDefinition,
} from '../indicator.definition.js';

export const grantApplicationsSubmitted: IndicatorDefinition = {
  code: 'GRANT_APPLICATIONS_SUBMITTED',
  nameAr: 'طلبات المنح المقدَّمة',
  nameEn: 'Grant applications submitted',
  definitionAr: 'طلبات منح قُدِّمت ولم تُسحب، حسب المحور، تُحسب في ربع السنة الذي قُدِّمت فيه.',
  definitionEn: 'Grant applications submitted and not withdrawn, by lot, counted in the quarter they were submitted.',
  unit: ResultsIndicatorUnit.APPLICATIONS,
  baseline: 0,
  target: null,
  dimensions: [D.LOT],
  // submitted_at rather than a status list: later statuses (screened, awarded) stay submitted applications
  recordsSql: `select 'GrantApplication' as record_type, a.id::text as record_id, a.submitted_at as occurred_at,
      a.receipt_number as label_ar, a.receipt_number as label_en,
      ${breakdownObject(
        breakdownEntry(
          D.LOT,
          'l.id::text',
          `coalesce(l.title_ar, l.title_en) || ' — ' || coalesce(gc.title_ar, gc.title_en)`,
          `coalesce(l.title_en, l.title_ar) || ' — ' || coalesce(gc.title_en, gc.title_ar)`,
        ),
      )} as breakdown
    from grant_application a
    left join grant_lot l on l.id = a.lot_id
    left join grant_call gc on gc.id = l.call_id
    where a.submitted_at is not null and a.status <> 'WITHDRAWN'`,
};
