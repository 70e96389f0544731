/** What the grants tests share: calls written fast, organisations with members, a complete application. */
import { randomUUID } from 'node:crypto';
import type { MemberRoleName } from '../../../src/common/auth/viewer.js';
import { toGlobalId } from '../../../src/common/relay/global-id.js';
import { knexRows } from '../../../src/database/sql.js';
import type { TestApi } from '../../support/api.js';
import { createTestPerson, signIn } from '../../support/accounts.js';
import { createOrganizations } from '../../support/factories.js';

const DAY = 24 * 3_600_000;

export interface Party {
  uuid: string;
  id: string;
  cookie: string;
  email: string;
}

export async function officer(api: TestApi): Promise<string> {
  const person = await createTestPerson(api, { roles: ['PROGRAMME_OFFICER'] });
  return signIn(api, person.email, person.password);
}

export async function person(api: TestApi): Promise<string> {
  const p = await createTestPerson(api);
  return signIn(api, p.email, p.password);
}

/** An organisation (verified, founded in 2010, in Mafraq unless said) and a signed-in person with `role` in it. */
export async function organization(
  api: TestApi,
  role: MemberRoleName = 'EDITOR',
  fields: { verificationState?: string; foundingYear?: number | null; governorateCode?: string } = {},
): Promise<Party> {
  const [org] = await createOrganizations(api.orm, [
    {
      verificationState: fields.verificationState ?? 'VERIFIED',
      foundingYear: fields.foundingYear === undefined ? 2010 : fields.foundingYear,
      governorateCode: fields.governorateCode ?? 'JO-MA',
    },
  ]);
  const p = await createTestPerson(api, { memberships: [{ organizationId: org!.id, role }] });
  return {
    uuid: org!.id,
    id: toGlobalId('Organization', org!.id),
    cookie: await signIn(api, p.email, p.password),
    email: p.email,
  };
}

/** A person who is also a member of `organizationUuid` with `role`. */
export async function memberOf(api: TestApi, organizationUuid: string, role: MemberRoleName): Promise<string> {
  const p = await createTestPerson(api, { memberships: [{ organizationId: organizationUuid, role }] });
  return signIn(api, p.email, p.password);
}

/** An institution and a signed-in person acting for it. */
export async function institution(api: TestApi, role: MemberRoleName = 'EDITOR'): Promise<Party> {
  const uuid = randomUUID();
  await api.orm.em
    .getKnex()('institution')
    .insert({
      id: uuid,
      slug: `grant-institution-${uuid.slice(0, 8)}`,
      type: 'MOSD_DIRECTORATE',
      governorate_code: 'JO-MA',
      name_en: `Directorate ${uuid.slice(0, 4)}`,
    });
  const p = await createTestPerson(api);
  await api.orm.em.getKnex()('institution_member').insert({ institution_id: uuid, user_id: p.id, role });
  return { uuid, id: toGlobalId('Institution', uuid), cookie: await signIn(api, p.email, p.password), email: p.email };
}

export interface CallRow {
  uuid: string;
  id: string;
  lots: { uuid: string; id: string }[];
}

/** A call written straight to the tables (published and open unless said), with two lots of 100,000 EUR. */
export async function insertCall(
  api: TestApi,
  fields: Partial<{
    status: string;
    opensInDays: number;
    deadlineInDays: number;
    deadline: Date;
    requiresVerified: boolean;
    minYearsRegistered: number;
    governorates: string[];
    minCoApplicants: number;
    maxCoApplicants: number;
    publicAssociatesAllowed: boolean;
    cofinancingRateBps: number;
    titleEn: string;
    requiredDocuments: { code: string; nameAr: string | null; nameEn: string | null }[];
  }> = {},
): Promise<CallRow> {
  const uuid = randomUUID();
  const knex = api.orm.em.getKnex();
  await knex('grant_call').insert({
    id: uuid,
    title_en: fields.titleEn ?? 'Test call',
    title_ar: 'دعوة اختبار',
    jod_rate_micros: 770_000,
    min_grant_minor: 10_000_00,
    max_grant_minor: 50_000_00,
    cofinancing_rate_bps: fields.cofinancingRateBps ?? 1000,
    requires_verified: fields.requiresVerified ?? true,
    min_years_registered: fields.minYearsRegistered ?? 2,
    governorate_codes: fields.governorates ?? [],
    min_co_applicants: fields.minCoApplicants ?? 0,
    max_co_applicants: fields.maxCoApplicants ?? 3,
    public_associates_allowed: fields.publicAssociatesAllowed ?? true,
    opens_at: new Date(Date.now() + (fields.opensInDays ?? -5) * DAY),
    deadline_at: fields.deadline ?? new Date(Date.now() + (fields.deadlineInDays ?? 30) * DAY),
    status: fields.status ?? 'PUBLISHED',
    required_documents: JSON.stringify(fields.requiredDocuments ?? []),
  });
  const lots = [randomUUID(), randomUUID()];
  await knex('grant_lot').insert(
    lots.map((id, i) => ({
      id,
      call_id: uuid,
      position: i + 1,
      theme: i === 0 ? 'SOCIAL_INNOVATION' : 'DEINSTITUTIONALISATION',
      title_en: `Lot ${i + 1}`,
      envelope_minor: 100_000_00,
    })),
  );
  return {
    uuid,
    id: toGlobalId('GrantCall', uuid),
    lots: lots.map((l) => ({ uuid: l, id: toGlobalId('GrantLot', l) })),
  };
}

export const ERRORS = `userErrors { field code message }`;
export const APPLICATION_FIELDS = /* GraphQL */ `
  id uuid status version receiptNumber submittedAt withdrawnAt
  title { ar en } summary { ar en }
  targetGroups { code expectedBeneficiaries } governorateCodes locality durationMonths
  logframe { text { ar en } indicators { text { en } baseline target } }
  budgetLines { category description requested { amountMinor currency } cofinancing { amountMinor currency } }
  budgetTotals { requested { amountMinor } cofinancing { amountMinor } total { amountMinor } cofinancingBps }
  lot { uuid } lead { uuid }
  partners { role confirmed organization { uuid } institution { uuid } }
`;

export interface ApplicationPayload {
  application:
    | (Record<string, unknown> & {
        id: string;
        uuid: string;
        version: number;
        status: string;
        receiptNumber: string | null;
      })
    | null;
  userErrors: { field: string[] | null; code: string; message: string }[];
}

export async function mutate(
  api: TestApi,
  name: string,
  input: Record<string, unknown>,
  cookie: string,
  selection = `application { ${APPLICATION_FIELDS} } ${ERRORS}`,
): Promise<ApplicationPayload & Record<string, unknown>> {
  const type = name.charAt(0).toUpperCase() + name.slice(1);
  const response = await api.graphql<Record<string, ApplicationPayload & Record<string, unknown>>>(
    `mutation($input: ${type}Input!) { ${name}(input: $input) { ${selection} } }`,
    { input },
    { headers: { cookie } },
  );
  if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
  return response.body.data![name]!;
}

/** The fields of an application that meets every rule of `insertCall`'s call (lot 1, 45,000 EUR + 5,000 co-financed). */
export const completeFields = (call: CallRow): Record<string, unknown> => ({
  lotId: call.lots[0]!.id,
  titleEn: 'Home care by neighbours',
  titleAr: 'رعاية منزلية من الجيران',
  summaryEn: 'Neighbours trained to visit older people.',
  descriptionEn: 'Training, visits and a phone line.',
  targetGroups: [{ code: 'ELDERLY', expectedBeneficiaries: 200 }],
  governorates: ['JO-MA'],
  locality: 'RURAL',
  durationMonths: 18,
  logframe: [
    {
      textEn: 'Older people living alone are visited weekly',
      indicators: [{ textEn: 'People visited weekly', baseline: '0', target: '200' }],
    },
  ],
  budgetLines: [
    {
      category: 'STAFF',
      description: 'Coordinator',
      requestedMinor: 30_000_00,
      cofinancingMinor: 3_000_00,
      currency: 'EUR',
    },
    {
      category: 'ACTIVITIES',
      description: 'Visits',
      requestedMinor: 15_000_00,
      cofinancingMinor: 2_000_00,
      currency: 'EUR',
    },
  ],
});

/** A draft application of `lead` to `call`, created over HTTP. */
export async function startApplication(
  api: TestApi,
  call: CallRow,
  lead: Party,
): Promise<ApplicationPayload['application'] & {}> {
  const result = await mutate(
    api,
    'grantApplicationCreate',
    { callId: call.id, leadOrganizationId: lead.id },
    lead.cookie,
  );
  if (!result.application) throw new Error(JSON.stringify(result.userErrors));
  return result.application;
}

/** A draft with every field complete (version returned). */
export async function completeApplication(
  api: TestApi,
  call: CallRow,
  lead: Party,
  extra: Record<string, unknown> = {},
): Promise<NonNullable<ApplicationPayload['application']>> {
  const started = await startApplication(api, call, lead);
  const result = await mutate(
    api,
    'grantApplicationUpdate',
    { applicationId: started.id, version: started.version, ...completeFields(call), ...extra },
    lead.cookie,
  );
  if (!result.application) throw new Error(JSON.stringify(result.userErrors));
  return result.application;
}

export async function auditActions(api: TestApi, subjectId: string): Promise<string[]> {
  const rows = await knexRows<{ action: string }>(
    api.orm.em.getKnex(),
    'select action from audit_event where subject_id = ? order by id',
    [subjectId],
  );
  return rows.map((r) => r.action);
}

export async function applicationRow(api: TestApi, uuid: string) {
  const [row] = await knexRows<{ status: string; version: number; receipt_number: string | null }>(
    api.orm.em.getKnex(),
    'select status, version, receipt_number from grant_application where id = ?',
    [uuid],
  );
  return row;
}

export const inDays = (days: number): string => new Date(Date.now() + days * DAY).toISOString();

export const CALL_SELECTION = /* GraphQL */ `
  call {
    id uuid status isOpen title { ar en } currency jodRateMicros
    minGrant { amountMinor currency } maxGrant { amountMinor currency } maxGrantJod { amountMinor currency }
    cofinancingRateBps opensAt deadlineAt publishedAt
    eligibility { requiresVerified minYearsRegistered governorateCodes minCoApplicants maxCoApplicants publicAssociatesAllowed maxDurationMonths }
    requiredDocuments { code name { ar en } }
    lots { position theme title { en } envelope { amountMinor currency } envelopeJod { amountMinor currency } applicationsReceived }
    questions { question { en } answer { en } }
  }
  userErrors { field code message }
`;

export const callInput = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  titleAr: 'دعوة 2027',
  titleEn: 'Call 2027',
  jodRateMicros: 770_000,
  minGrantMinor: 20_000_00,
  maxGrantMinor: 60_000_00,
  cofinancingRateBps: 1000,
  minYearsRegistered: 2,
  governorates: ['JO-MA', 'JO-IR'],
  minCoApplicants: 1,
  requiredDocuments: [{ code: 'STATUTES', nameEn: 'Statutes', nameAr: 'النظام الأساسي' }],
  opensAt: inDays(1),
  deadlineAt: inDays(40),
  lots: [
    { theme: 'SOCIAL_INNOVATION', titleEn: 'Social innovation', envelopeMinor: 2_000_000_00 },
    { theme: 'DEINSTITUTIONALISATION', titleEn: 'Leaving institutions', envelopeMinor: 2_000_000_00 },
  ],
  ...extra,
});

/**
 * Runs the screening jobs that submissions queued and waits until the worker holds none either, so that a test
 * counting statements never counts theirs.
 */
export async function settleScreening(api: TestApi): Promise<void> {
  const { jobQueueService } = await import('../../../src/common/jobs/job-queue.js');
  const { screenApplicationJob } = await import('../../../src/modules/grants/index.js');
  await api.app.services.get(jobQueueService).drain(screenApplicationJob);
  for (;;) {
    const [pending] = await knexRows<{ n: number }>(
      api.orm.em.getKnex(),
      `select count(*)::int as n from pgboss.job where name = ? and state in ('created', 'retry', 'active')`,
      [screenApplicationJob.name],
    );
    if (!pending?.n) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
