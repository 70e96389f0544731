/** What the requests' and partnerships' tests share: parties with a signed-in member, requests sent and answered. */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { MemberRoleName } from '../../../src/common/auth/viewer.js';
import { toGlobalId } from '../../../src/common/relay/global-id.js';
import { knexRows } from '../../../src/database/sql.js';
import type { TestApi } from '../../support/api.js';
import { createTestPerson, signIn } from '../../support/accounts.js';
import { createOrganizations } from '../../support/factories.js';
import { createInstitution } from './partnerships-support.js';

export interface Party {
  uuid: string;
  id: string;
  cookie: string;
  email: string;
  /** The signed-in member's user id. */
  userId: string;
}

/** An organisation and a signed-in member with `role` (and their address, for the emails). */
export async function organizationParty(api: TestApi, role: MemberRoleName = 'EDITOR'): Promise<Party> {
  const [organization] = await createOrganizations(api.orm, [{}]);
  const person = await createTestPerson(api, { memberships: [{ organizationId: organization!.id, role }] });
  return {
    uuid: organization!.id,
    id: toGlobalId('Organization', organization!.id),
    cookie: await signIn(api, person.email, person.password),
    email: person.email,
    userId: person.id,
  };
}

/** An institution and a signed-in member with `role`. */
export async function institutionParty(api: TestApi, role: MemberRoleName = 'EDITOR'): Promise<Party> {
  const institution = await createInstitution(api);
  const person = await createTestPerson(api);
  await api.orm.em
    .getKnex()('institution_member')
    .insert({ institution_id: institution.uuid, user_id: person.id, role });
  return {
    ...institution,
    cookie: await signIn(api, person.email, person.password),
    email: person.email,
    userId: person.id,
  };
}

export interface UserErrors {
  userErrors: { field: string[] | null; code: string }[];
}

export const REQUEST_FIELDS = /* GraphQL */ `
  request {
    id
    uuid
    status
    message
    declineReason
    answeredAt
    from { __typename ... on Organization { uuid } ... on Institution { uuid } }
    to { __typename ... on Organization { uuid } ... on Institution { uuid } }
    listing { uuid }
    partnership { uuid status kind members { role confirmed party { __typename ... on Organization { uuid } ... on Institution { uuid } } } }
  }
  userErrors { field code }
`;

export interface RequestPayload extends UserErrors {
  request: {
    id: string;
    uuid: string;
    status: string;
    message: string;
    declineReason: string | null;
    answeredAt: string | null;
    from: { __typename: string; uuid: string } | null;
    to: { __typename: string; uuid: string } | null;
    listing: { uuid: string } | null;
    partnership: {
      uuid: string;
      status: string;
      kind: string;
      members: { role: string; confirmed: boolean; party: { __typename: string; uuid: string } }[];
    } | null;
  } | null;
}

/** Runs a request mutation (send, accept, decline, withdraw) and returns its payload. */
export async function requestMutation(
  api: TestApi,
  name:
    'partnershipRequestSend' | 'partnershipRequestAccept' | 'partnershipRequestDecline' | 'partnershipRequestWithdraw',
  input: Record<string, unknown>,
  cookie: string,
): Promise<RequestPayload> {
  const type = name[0]!.toUpperCase() + name.slice(1);
  const response = await api.graphql<Record<string, RequestPayload>>(
    `mutation($input: ${type}Input!) { ${name}(input: $input) { ${REQUEST_FIELDS} } }`,
    { input },
    { headers: { cookie } },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data![name]!;
}

/** A pending request from one party to the other, sent over the API; its uuid. */
export async function sendRequest(
  api: TestApi,
  from: Party,
  to: Party,
  message = 'Shall we work together?',
): Promise<string> {
  const sent = await requestMutation(
    api,
    'partnershipRequestSend',
    { fromPartyId: from.id, toPartyId: to.id, message },
    from.cookie,
  );
  expect(sent.userErrors).toEqual([]);
  return sent.request!.uuid;
}

/** A proposed partnership of two parties (the first sends, the second accepts); its uuid. */
export async function proposedPartnership(api: TestApi, lead: Party, partner: Party): Promise<string> {
  const requestId = await sendRequest(api, lead, partner);
  const accepted = await requestMutation(
    api,
    'partnershipRequestAccept',
    { requestId: toGlobalId('PartnershipRequest', requestId) },
    partner.cookie,
  );
  expect(accepted.userErrors).toEqual([]);
  return accepted.request!.partnership!.uuid;
}

export interface PartnershipPayload extends UserErrors {
  partnership: {
    uuid: string;
    status: string;
    purpose: { ar: string | null; en: string | null };
    governorateCodes: string[];
    targetGroupCodes: string[];
    startsOn: string | null;
    endsOn: string | null;
    mouSignedOn: string | null;
    agreementReference: string | null;
    terminationReason: string | null;
    activatedAt: string | null;
    members: { role: string; confirmed: boolean }[];
    history: { from: string | null; to: string; reason: string | null }[];
  } | null;
}

/** Runs a partnership mutation and returns its payload. */
export async function partnershipMutation(
  api: TestApi,
  name: 'partnershipUpdate' | 'partnershipConfirm' | 'partnershipComplete' | 'partnershipTerminate',
  input: Record<string, unknown>,
  cookie: string,
): Promise<PartnershipPayload> {
  const type = name[0]!.toUpperCase() + name.slice(1);
  const response = await api.graphql<Record<string, PartnershipPayload>>(
    `mutation($input: ${type}Input!) { ${name}(input: $input) {
       partnership { uuid status purpose { ar en } governorateCodes targetGroupCodes startsOn endsOn mouSignedOn
                     agreementReference terminationReason activatedAt members { role confirmed } history { from to reason } }
       userErrors { field code } } }`,
    { input },
    { headers: { cookie } },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data![name]!;
}

/** An active partnership: proposed, then confirmed by both parties; its uuid. */
export async function activePartnership(api: TestApi, lead: Party, partner: Party): Promise<string> {
  const id = await proposedPartnership(api, lead, partner);
  for (const party of [lead, partner]) {
    const confirmed = await partnershipMutation(
      api,
      'partnershipConfirm',
      { partnershipId: toGlobalId('Partnership', id), partyId: party.id },
      party.cookie,
    );
    expect(confirmed.userErrors).toEqual([]);
  }
  return id;
}

export const requestState = async (api: TestApi, id: string) =>
  (
    await knexRows<{ status: string; events: number }>(
      api.orm.em.getKnex(),
      `select status, (select count(*)::int from audit_event where subject_id = r.id) as events
       from partnership_request r where id = ?`,
      [id],
    )
  )[0]!;

export const emailsTo = (api: TestApi, recipient: string, kind: string) =>
  knexRows<{ subject: string; body_text: string }>(
    api.orm.em.getKnex(),
    'select subject, body_text from email_outbox where recipient = ? and kind = ?',
    [recipient, kind],
  );

let inserted = 0;

/** A partnership written straight to the tables (for the queries' tests); its uuid. */
export async function insertPartnership(
  api: TestApi,
  fields: {
    organizations?: string[];
    institutions?: string[];
    status?: 'PROPOSED' | 'ACTIVE' | 'COMPLETED' | 'TERMINATED';
    governorates?: string[];
    targetGroups?: string[];
    createdDaysAgo?: number;
  },
): Promise<string> {
  const knex = api.orm.em.getKnex();
  const id = randomUUID();
  const organizations = fields.organizations ?? [];
  const institutions = fields.institutions ?? [];
  const status = fields.status ?? 'ACTIVE';
  inserted += 1;
  const createdAt = new Date(Date.now() - (fields.createdDaysAgo ?? 0) * 24 * 3_600_000 - inserted);
  await knex('partnership').insert({
    id,
    kind: institutions.length ? 'CSO_INSTITUTION' : 'CSO_CSO',
    status,
    purpose_en: 'A partnership of the tests',
    governorate_codes: fields.governorates ?? [],
    target_group_codes: fields.targetGroups ?? [],
    termination_reason: status === 'TERMINATED' ? 'Tests' : null,
    created_at: createdAt,
    activated_at: status === 'ACTIVE' || status === 'COMPLETED' ? createdAt : null,
  });
  const confirmed = status === 'PROPOSED' ? null : createdAt;
  await knex('partnership_member').insert([
    ...organizations.map((organizationId, i) => ({
      id: randomUUID(),
      partnership_id: id,
      organization_id: organizationId,
      role: i === 0 ? 'LEAD' : 'PARTNER',
      position: i + 1,
      confirmed_at: confirmed,
    })),
    ...institutions.map((institutionId, i) => ({
      id: randomUUID(),
      partnership_id: id,
      institution_id: institutionId,
      role: 'PUBLIC_PARTNER',
      position: organizations.length + i + 1,
      confirmed_at: confirmed,
    })),
  ]);
  await knex('partnership_status_change').insert({ id: randomUUID(), partnership_id: id, to_status: 'PROPOSED' });
  return id;
}
