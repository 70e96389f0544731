/** What the screening tests share: lists written as EU FSF CSV, submitted applications with named people. */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { knexRows } from '../../../../src/database/sql.js';
import type { TestApi } from '../../../support/api.js';
import { completeApplication, insertCall, mutate, organization, type Party } from '../grants-support.js';

export const SAMPLE_CSV = readFileSync(
  fileURLToPath(new URL('../../../fixtures/sanctions-eu-fsf-sample.csv', import.meta.url)),
  'utf8',
);

const HEADER =
  'fileGenerationDate;Entity_LogicalId;Entity_EU_ReferenceNumber;Entity_SubjectType_ClassificationCode;NameAlias_WholeName;NameAlias_NameLanguage';

/** A list in the EU FSF CSV layout: one row per name of each entry. */
export function csvOf(entries: { id: string; names: string[]; type?: string }[], date = '2026-11-28'): string {
  const rows = entries.flatMap((e) =>
    e.names.map((n) =>
      [date, e.id, `EU.${e.id}`, e.type ?? 'person', n, /[\u0600-\u06FF]/.test(n) ? 'AR' : 'EN'].join(';'),
    ),
  );
  return [HEADER, ...rows].join('\n') + '\n';
}

export const LIST_FIELDS = 'source publishedOn importedAt entryCount threshold';
export const HIT_FIELDS =
  'id subjectKind subjectName organizationId entryLogicalId matchedName entryNames score status reason decidedAt';

export async function importList(api: TestApi, cookie: string, content: string, source = 'test.csv') {
  return (await mutate(
    api,
    'grantScreeningListImport',
    { content, source },
    cookie,
    `list { ${LIST_FIELDS} } userErrors { field code message }`,
  )) as unknown as Promise<
    Record<string, unknown> & {
      list: { source: string; publishedOn: string | null; entryCount: number; threshold: number } | null;
      userErrors: { code: string; field: string[] | null }[];
    }
  >;
}

export interface Hit {
  id: string;
  subjectKind: string;
  subjectName: string;
  entryLogicalId: string;
  matchedName: string;
  score: number;
  status: string;
  reason: string | null;
}

export async function screen(api: TestApi, cookie: string, applicationId: string): Promise<Hit[]> {
  const result = (await mutate(
    api,
    'grantApplicationScreen',
    { applicationId },
    cookie,
    `hits { ${HIT_FIELDS} } userErrors { code }`,
  )) as unknown as { hits: Hit[] | null; userErrors: { code: string }[] };
  if (!result.hits) throw new Error(JSON.stringify(result.userErrors));
  return result.hits;
}

/** Names the organisation and lists named people in its contacts (the directory's key people). */
export async function nameOrganization(
  api: TestApi,
  org: Party,
  names: { nameEn?: string; nameAr?: string },
  people: string[] = [],
): Promise<void> {
  const knex = api.orm.em.getKnex();
  await knex('organization')
    .where({ id: org.uuid })
    .update({
      name_en: names.nameEn ?? 'Neutral Test Society',
      name_ar: names.nameAr ?? 'جمعية اختبار محايدة',
      acronym: null,
    });
  if (people.length)
    await knex('organization_contact').insert(
      people.map((name, i) => ({
        id: randomUUID(),
        organization_id: org.uuid,
        visibility: 'PRIVATE',
        name,
        email: `contact${i}@example.org`,
        position: i,
      })),
    );
}

/** A submitted application whose lead carries the given names and people. */
export async function submittedApplication(
  api: TestApi,
  names: { nameEn?: string; nameAr?: string },
  people: string[] = [],
) {
  const call = await insertCall(api);
  const lead = await organization(api);
  await nameOrganization(api, lead, names, people);
  const draft = await completeApplication(api, call, lead);
  const submitted = await mutate(
    api,
    'grantApplicationSubmit',
    { applicationId: draft.id, idempotencyKey: randomUUID() },
    lead.cookie,
  );
  if (!submitted.application) throw new Error(JSON.stringify(submitted.userErrors));
  return { application: submitted.application, lead, call };
}

export async function applicationState(api: TestApi, uuid: string) {
  const [row] = await knexRows<{ status: string; ineligible_reason: string | null }>(
    api.orm.em.getKnex(),
    'select status, ineligible_reason from grant_application where id = ?',
    [uuid],
  );
  return row!;
}
