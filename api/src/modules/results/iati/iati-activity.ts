/**
 * The programme as one IATI 2.03 activity (https://iatistandard.org/en/iati-standard/203/activity-standard/) for
 * donors: identification, participating organisations, the Jordan governorates as locations, gender and disability
 * policy markers, the budget, and every indicator of the results framework as a result with its baseline, target and
 * actual per quarter, disaggregated by its breakdowns. Figures are the public ones (suppressed as the dashboard is):
 * a withheld count is an actual without a value and with a comment, never the count. Grants (awards, transactions)
 * join when the grants domain publishes them.
 */
import type { ResultsIndicator } from '../results.type.js';

/** The programme's standing facts (the contract's, not the platform's records). */
export const PROGRAMME = {
  identifier: 'XI-IATI-EC_NEAR-JO-SHABAKA',
  reportingOrg: { ref: 'XI-IATI-EC_NEAR', type: '15', nameEn: 'European Commission - Neighbourhood and Enlargement' },
  titleEn: 'Shabaka: civil society organisations for social inclusion in Jordan',
  titleAr: 'شبكة: منظمات المجتمع المدني من أجل الإدماج الاجتماعي في الأردن',
  descriptionEn:
    "Supports at least 250 Jordanian civil society organisations with training, partnerships and about 100 grants, and the Ministry of Social Development's shift from institutional care to community-based services.",
  descriptionAr:
    'يدعم ما لا يقل عن 250 منظمة مجتمع مدني أردنية بالتدريب والشراكات ونحو 100 منحة، وتحوّل وزارة التنمية الاجتماعية من الرعاية المؤسسية إلى الخدمات المجتمعية.',
  start: '2026-01-01',
  end: '2029-12-31',
  budget: { currency: 'EUR', value: 4_000_000 },
  participatingOrgs: [
    { role: '1', type: '15', ref: 'XI-IATI-EC_NEAR', nameEn: 'European Union', nameAr: 'الاتحاد الأوروبي' },
    {
      role: '2',
      type: '10',
      ref: 'JO-GOV-MOSD',
      nameEn: 'Ministry of Social Development',
      nameAr: 'وزارة التنمية الاجتماعية',
    },
  ],
} as const;

export interface IatiGovernorate {
  code: string;
  nameAr: string;
  nameEn: string;
}

const escape = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** The English (the document's language) and Arabic narratives, whichever exist; at least one element. */
const narratives = (en: string | null, ar: string | null): string =>
  [
    en === null ? '' : `<narrative>${escape(en)}</narrative>`,
    ar === null ? '' : `<narrative xml:lang="ar">${escape(ar)}</narrative>`,
  ].join('') || '<narrative/>';

/** First and last day of a quarter written 2026-Q4. */
export function quarterDates(quarter: string): { start: string; end: string } {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  const start = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;
  const lastMonth = q * 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return { start, end: `${year}-${String(lastMonth).padStart(2, '0')}-${lastDay}` };
}

const WITHHELD_COMMENT = narratives(
  'Withheld: fewer than 5, or withheld so that such a count cannot be worked out from the others.',
  'محجوب: أقل من 5، أو محجوب حتى لا يمكن استنتاج عدد كهذا من الأعداد الأخرى.',
);

function actual(value: number | null, dimension?: { name: string; value: string }): string {
  const dim = dimension ? `<dimension name="${escape(dimension.name)}" value="${escape(dimension.value)}"/>` : '';
  return value === null
    ? `<actual>${dim}<comment>${WITHHELD_COMMENT}</comment></actual>`
    : `<actual value="${value}">${dim}</actual>`;
}

function result(indicator: ResultsIndicator, baselineYear: number): string {
  const periods = indicator.quarters.map((q) => {
    const { start, end } = quarterDates(q.quarter);
    return `<period><period-start iso-date="${start}"/><period-end iso-date="${end}"/>${actual(q.count.value)}</period>`;
  });
  const first = indicator.quarters[0];
  const last = indicator.quarters.at(-1);
  if (first && last) {
    // the whole programme so far: the actual, the target and each breakdown (sex, audience, governorate, ...)
    const whole = [
      indicator.target === null ? '' : `<target value="${indicator.target}"/>`,
      actual(indicator.actual.value),
      ...indicator.breakdowns.flatMap((b) =>
        b.cells.map((c) => actual(c.count.value, { name: b.dimension.toLowerCase(), value: c.key })),
      ),
    ].join('');
    periods.push(
      `<period><period-start iso-date="${PROGRAMME.start}"/><period-end iso-date="${quarterDates(last.quarter).end}"/>${whole}</period>`,
    );
  }
  return (
    `<result type="1" aggregation-status="1"><title>${narratives(indicator.name.en, indicator.name.ar)}</title>` +
    `<indicator measure="1" ascending="1" aggregation-status="1">` +
    `<title>${narratives(indicator.name.en, indicator.name.ar)}</title>` +
    `<description>${narratives(indicator.definition.en, indicator.definition.ar)}</description>` +
    `<reference vocabulary="99" code="${escape(indicator.code)}"/>` +
    `<baseline year="${baselineYear}" iso-date="${PROGRAMME.start}" value="${indicator.baseline}"/>` +
    `${periods.join('')}</indicator></result>`
  );
}

/** The IATI activities document: one activity, the programme. */
export function iatiActivityXml(
  indicators: readonly ResultsIndicator[],
  governorates: readonly IatiGovernorate[],
  generatedAt: Date,
): string {
  const p = PROGRAMME;
  const baselineYear = Number(p.start.slice(0, 4));
  const locations = governorates.map(
    (g) =>
      `<location ref="${escape(g.code)}"><name>${narratives(g.nameEn, g.nameAr)}</name>` +
      `<administrative vocabulary="A4" level="0" code="JO"/><exactness code="1"/><location-class code="1"/></location>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<iati-activities version="2.03" generated-datetime="${generatedAt.toISOString().slice(0, 19)}Z">` +
    `<iati-activity last-updated-datetime="${generatedAt.toISOString().slice(0, 19)}Z" xml:lang="en" default-currency="EUR" humanitarian="0">` +
    `<iati-identifier>${p.identifier}</iati-identifier>` +
    `<reporting-org ref="${p.reportingOrg.ref}" type="${p.reportingOrg.type}"><narrative>${escape(p.reportingOrg.nameEn)}</narrative></reporting-org>` +
    `<title>${narratives(p.titleEn, p.titleAr)}</title>` +
    `<description type="1">${narratives(p.descriptionEn, p.descriptionAr)}</description>` +
    p.participatingOrgs
      .map(
        (o) =>
          `<participating-org ref="${o.ref}" role="${o.role}" type="${o.type}">${narratives(o.nameEn, o.nameAr)}</participating-org>`,
      )
      .join('') +
    `<activity-status code="2"/>` +
    `<activity-date iso-date="${p.start}" type="1"/><activity-date iso-date="${p.end}" type="3"/>` +
    `<activity-scope code="4"/>` +
    `<recipient-country code="JO" percentage="100"/>` +
    locations.join('') +
    `<sector vocabulary="1" code="15150" percentage="60"/><sector vocabulary="1" code="16010" percentage="40"/>` +
    // 1: gender equality, 11: disability; significance 1: significant objective
    `<policy-marker vocabulary="1" code="1" significance="1"/><policy-marker vocabulary="1" code="11" significance="1"/>` +
    `<collaboration-type code="1"/><default-flow-type code="10"/><default-finance-type code="110"/>` +
    `<default-aid-type code="C01"/><default-tied-status code="5"/>` +
    `<budget type="1" status="2"><period-start iso-date="${p.start}"/><period-end iso-date="${p.end}"/>` +
    `<value currency="${p.budget.currency}" value-date="${p.start}">${p.budget.value}</value></budget>` +
    indicators.map((i) => result(i, baselineYear)).join('') +
    `</iati-activity></iati-activities>\n`
  );
}
