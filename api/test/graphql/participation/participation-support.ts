/** What the participation tests share: consultations written fast, owners, verified organisations with editors. */
import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../../src/common/relay/global-id.js';
import { knexRows } from '../../../src/database/sql.js';
import type { TestApi } from '../../support/api.js';
import { createTestPerson, signIn } from '../../support/accounts.js';

export { auditActions, memberOf, officer, organization, person, type Party } from '../grants/grants-support.js';

const DAY = 24 * 3_600_000;
export const inDays = (days: number): string => new Date(Date.now() + days * DAY).toISOString();

export interface ConsultationRow {
  uuid: string;
  id: string;
  sections: { uuid: string; id: string }[];
  ownerCookie: string;
  ownerEmail: string;
}

/**
 * A consultation written straight to the tables (published and open unless said), three sections, with an owner
 * signed in (a MoSD official unless another owner cookie is given).
 */
export async function insertConsultation(
  api: TestApi,
  fields: Partial<{
    status: 'DRAFT' | 'PUBLISHED' | 'ANSWERED';
    opensInDays: number;
    closesInDays: number;
    governorates: string[];
    titleEn: string;
  }> = {},
): Promise<ConsultationRow> {
  const knex = api.orm.em.getKnex();
  const owner = await createTestPerson(api, { roles: ['MOSD_OFFICIAL'] });
  const uuid = randomUUID();
  const opens = fields.opensInDays ?? -5;
  const closes = fields.closesInDays ?? 20;
  await knex('consultation').insert({
    id: uuid,
    title_en: fields.titleEn ?? 'Draft strategy',
    title_ar: 'مسودة الاستراتيجية',
    owner_kind: 'MOSD',
    governorate_codes: fields.governorates ?? [],
    opens_at: new Date(Date.now() + opens * DAY),
    closes_at: new Date(Date.now() + closes * DAY),
    answer_due_at: new Date(Date.now() + (Math.max(closes, 0) + 30) * DAY),
    status: fields.status ?? 'PUBLISHED',
    published_at: fields.status === 'DRAFT' ? null : new Date(),
  });
  await knex('consultation_owner').insert({ consultation_id: uuid, user_id: owner.id });
  const sections = [randomUUID(), randomUUID(), randomUUID()];
  await knex('consultation_section').insert(
    sections.map((id, i) => ({
      id,
      consultation_id: uuid,
      position: i + 1,
      title_en: `Section ${i + 1}`,
      title_ar: `القسم ${i + 1}`,
    })),
  );
  return {
    uuid,
    id: toGlobalId('Consultation', uuid),
    sections: sections.map((s) => ({ uuid: s, id: toGlobalId('ConsultationSection', s) })),
    ownerCookie: await signIn(api, owner.email, owner.password),
    ownerEmail: owner.email,
  };
}

/** Moves a consultation's open phase into the past (analysis), as time would. */
export async function closeConsultation(api: TestApi, uuid: string): Promise<void> {
  await api.orm.em
    .getKnex()('consultation')
    .where({ id: uuid })
    .update({ opens_at: new Date(Date.now() - 10 * DAY), closes_at: new Date(Date.now() - DAY) });
}

/** A contribution written straight to the table. */
export async function insertContribution(
  api: TestApi,
  consultation: ConsultationRow,
  section: number,
  organizationUuid: string,
  position = 'SUPPORT',
): Promise<{ uuid: string; id: string }> {
  const uuid = randomUUID();
  await api.orm.em.getKnex()('consultation_contribution').insert({
    id: uuid,
    consultation_id: consultation.uuid,
    section_id: consultation.sections[section]!.uuid,
    organization_id: organizationUuid,
    position,
    comment: 'Our reasons',
  });
  return { uuid, id: toGlobalId('ConsultationContribution', uuid) };
}

export interface Payload {
  userErrors: { field: string[] | null; code: string; message: string }[];
  [key: string]: unknown;
}

export async function mutate(
  api: TestApi,
  name: string,
  input: Record<string, unknown>,
  cookie: string,
  selection: string,
): Promise<Payload> {
  const type = name.charAt(0).toUpperCase() + name.slice(1);
  const response = await api.graphql<Record<string, Payload>>(
    `mutation($input: ${type}Input!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`,
    { input },
    { headers: { cookie } },
  );
  if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
  return response.body.data![name]!;
}

export const CONTRIBUTION = `contribution { id uuid position comment version evidenceUrl organization { id } endorsementCount answer answerReason }`;

export async function rows<T>(api: TestApi, sql: string, bindings: unknown[] = []): Promise<T[]> {
  return knexRows<T>(api.orm.em.getKnex(), sql, bindings);
}

export async function createOwnerCookie(api: TestApi): Promise<string> {
  const p = await createTestPerson(api, { roles: ['MOSD_OFFICIAL'] });
  return signIn(api, p.email, p.password);
}
