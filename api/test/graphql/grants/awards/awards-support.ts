/** What the award tests share: shortlisted applications written straight to the tables, and the award mutation. */
import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import { knexRows } from '../../../../src/database/sql.js';
import type { TestApi } from '../../../support/api.js';
import { createOrganizations } from '../../../support/factories.js';
import { insertCall, type CallRow } from '../grants-support.js';

let receiptCounter = 0;

export interface Shortlisted {
  uuid: string;
  id: string;
  leadUuid: string;
}

/** A call (published, closed to applications) whose lot 1 has `lotEnvelopeMinor` and grants from `minGrantMinor`. */
export async function awardCall(
  api: TestApi,
  fields: { lotEnvelopeMinor?: number; minGrantMinor?: number; maxGrantMinor?: number } = {},
): Promise<CallRow> {
  const call = await insertCall(api);
  const knex = api.orm.em.getKnex();
  await knex('grant_call')
    .where({ id: call.uuid })
    .update({ min_grant_minor: fields.minGrantMinor ?? 10_000_00, max_grant_minor: fields.maxGrantMinor ?? 50_000_00 });
  await knex('grant_lot')
    .where({ id: call.lots[0]!.uuid })
    .update({ envelope_minor: fields.lotEnvelopeMinor ?? 100_000_00 });
  return call;
}

/** `count` applications to lot 1 of `call`, each of its own lead, in `status` (SHORTLISTED unless said). */
export async function shortlisted(api: TestApi, call: CallRow, count: number, status = 'SHORTLISTED') {
  const leads = await createOrganizations(
    api.orm,
    Array.from({ length: count }, () => ({ verificationState: 'VERIFIED', governorateCode: 'JO-MA' })),
  );
  const rows = leads.map((lead, i) => ({
    id: randomUUID(),
    call_id: call.uuid,
    lot_id: call.lots[0]!.uuid,
    lead_organization_id: lead.id,
    status,
    title_en: `Project ${i + 1}`,
    receipt_number: status === 'DRAFT' ? null : `G-8000-${String((receiptCounter += 1)).padStart(6, '0')}`,
    submitted_at: status === 'DRAFT' ? null : new Date(),
  }));
  await api.orm.em.getKnex()('grant_application').insert(rows);
  return rows.map((r) => ({ uuid: r.id, id: toGlobalId('GrantApplication', r.id), leadUuid: r.lead_organization_id }));
}

export interface AwardPayload {
  award: { id: string; uuid: string; version: number; status: string; amount: { amountMinor: number } } | null;
  userErrors: { field: string[] | null; code: string; message: string }[];
}

export const AWARD_SELECTION =
  'award { id uuid version status amount { amountMinor currency } } userErrors { field code message }';

export async function gql<T>(
  api: TestApi,
  name: string,
  input: Record<string, unknown>,
  cookie: string,
  selection: string,
): Promise<T> {
  const type = name.charAt(0).toUpperCase() + name.slice(1);
  const response = await api.graphql<Record<string, T>>(
    `mutation($input: ${type}Input!) { ${name}(input: $input) { ${selection} } }`,
    { input },
    { headers: { cookie } },
  );
  if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
  return response.body.data![name]!;
}

export const award = (
  api: TestApi,
  cookie: string,
  applicationId: string,
  amountMinor: number,
  idempotencyKey: string = randomUUID(),
  reasonsEn = 'Ranked first in its lot',
) =>
  gql<AwardPayload>(
    api,
    'grantAward',
    { applicationId, amountMinor, reasonsEn, idempotencyKey },
    cookie,
    AWARD_SELECTION,
  );

export async function envelopeAwarded(api: TestApi, key: string): Promise<number> {
  const [row] = await knexRows<{ awarded_minor: string }>(
    api.orm.em.getKnex(),
    'select awarded_minor from grant_envelope where key = ?',
    [key],
  );
  return Number(row?.awarded_minor ?? 0);
}

export async function awardsOfLot(api: TestApi, lotUuid: string): Promise<{ id: string; amount_minor: number }[]> {
  return knexRows(api.orm.em.getKnex(), 'select id, amount_minor from grant_award where lot_id = ?', [lotUuid]);
}

export async function auditCount(api: TestApi, action: string, subjectIds: string[]): Promise<number> {
  const [row] = await knexRows<{ n: string }>(
    api.orm.em.getKnex(),
    'select count(*) as n from audit_event where action = ? and subject_id = any(?)',
    [action, subjectIds],
  );
  return Number(row?.n ?? 0);
}
