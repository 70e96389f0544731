/**
 * The authorisation matrix: every mutation and every protected field, tried by every role. It fails when a mutation
 * or an @Authorized field is added without an entry here, when an entry's rules differ from the ones declared in
 * the code, and when a role gets through (or is refused) against the matrix.
 */
import { randomUUID } from 'node:crypto';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allows, type AuthRule } from '../../../src/common/auth/auth-checker.js';
import type { MemberRoleName, PlatformRoleName, Viewer } from '../../../src/common/auth/viewer.js';
import { toGlobalId } from '../../../src/common/relay/global-id.js';
import { createSchema } from '../../../src/schema.js';
import { startTestApi, type TestApi } from '../../support/api.js';
import { createTestPerson, signIn } from '../../support/accounts.js';
import { createOrganizations } from '../../support/factories.js';

type Rules = AuthRule[] | 'PUBLIC';

interface Entry {
  /** As declared with @Authorized (PUBLIC: none). */
  rules: Rules;
  /** Who actually gets through with the entry's variables, when the resolver narrows the declared rules further. */
  effective?: AuthRule[];
  document: string;
  variables: () => Record<string, unknown>;
}

const OFFICERS: AuthRule[] = ['PROGRAMME_OFFICER', 'MOSD_OFFICIAL'];
const MEMBERS_AND_OFFICERS: AuthRule[] = ['ORGANIZATION_MEMBER', 'PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'];
let orgA = '';
let orgB = '';
let trainingCourse = '';
let trainingSession = '';
const TRAINING_OFFICERS: AuthRule[] = ['PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'];
const unique = (): string => `matrix-${randomUUID().slice(0, 8)}@example.org`;

const MUTATIONS: Record<string, Entry> = {
  accountSignUp: {
    rules: 'PUBLIC',
    document: `mutation($input: AccountSignUpInput!) { accountSignUp(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { name: 'Matrix', email: unique(), password: 'olive trees by the dead sea' } }),
  },
  accountEmailVerify: {
    rules: 'PUBLIC',
    document: `mutation($input: AccountEmailVerifyInput!) { accountEmailVerify(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { token: 'not-a-token' } }),
  },
  sessionCreate: {
    rules: 'PUBLIC',
    document: `mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { email: unique(), password: 'not the password at all' } }),
  },
  sessionDelete: {
    rules: ['SIGNED_IN'],
    document: `mutation { sessionDelete { userErrors { code } } }`,
    variables: () => ({}),
  },
  sessionRevoke: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: SessionRevokeInput!) { sessionRevoke(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { id: randomUUID() } }),
  },
  accountPasswordResetRequest: {
    rules: 'PUBLIC',
    document: `mutation($input: AccountPasswordResetRequestInput!) { accountPasswordResetRequest(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { email: unique() } }),
  },
  accountPasswordReset: {
    rules: 'PUBLIC',
    document: `mutation($input: AccountPasswordResetInput!) { accountPasswordReset(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { token: 'not-a-token', newPassword: 'olive trees by the dead sea' } }),
  },
  accountEmailChange: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: AccountEmailChangeInput!) { accountEmailChange(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { newEmail: 'not-an-email', currentPassword: 'not the password at all' } }),
  },
  accountEmailChangeUndo: {
    rules: 'PUBLIC',
    document: `mutation($input: AccountEmailChangeUndoInput!) { accountEmailChangeUndo(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { token: 'not-a-token' } }),
  },
  accountErase: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: AccountEraseInput!) { accountErase(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { password: 'not the password at all' } }),
  },
  apiTokenCreate: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { name: 'matrix' } }),
  },
  apiTokenRevoke: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: ApiTokenRevokeInput!) { apiTokenRevoke(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { id: randomUUID() } }),
  },
  organizationRegister: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: OrganizationRegisterInput!) { organizationRegister(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { legalForm: 'CHARITY', governorate: 'JO-AM' } }),
  },
  organizationClaim: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: OrganizationClaimInput!) { organizationClaim(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { organizationId: orgB } }),
  },
  organizationClaimDecide: {
    rules: OFFICERS,
    document: `mutation($input: OrganizationClaimDecideInput!) { organizationClaimDecide(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { claimId: randomUUID(), approve: false } }),
  },
  organizationMemberInvite: {
    rules: ['ORGANIZATION_OWNER'],
    document: `mutation($input: OrganizationMemberInviteInput!) { organizationMemberInvite(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { organizationId: orgA, email: 'not-an-email', role: 'VIEWER' } }),
  },
  organizationInvitationAccept: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: OrganizationInvitationAcceptInput!) { organizationInvitationAccept(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { token: 'not-a-token' } }),
  },
  organizationMemberUpdate: {
    rules: ['ORGANIZATION_MEMBER'],
    // changing someone else's role is for owners (leaving is for any member)
    effective: ['ORGANIZATION_OWNER'],
    document: `mutation($input: OrganizationMemberUpdateInput!) { organizationMemberUpdate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { organizationId: orgA, userId: randomUUID(), role: 'VIEWER' } }),
  },
  organizationVerificationSubmit: {
    rules: ['ORGANIZATION_EDITOR'],
    document: `mutation($input: OrganizationVerificationSubmitInput!) { organizationVerificationSubmit(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { organizationId: orgA, evidenceId: randomUUID() } }),
  },
  organizationUpdate: {
    rules: ['ORGANIZATION_EDITOR'],
    document: `mutation($input: OrganizationUpdateInput!) { organizationUpdate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { organizationId: orgA, foundingYear: 1800 } }),
  },
  trainingCourseCreate: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: TrainingCourseCreateInput!) { trainingCourseCreate(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: { titleEn: 'Matrix', topic: 'NOT_A_TOPIC', level: 'INTRODUCTORY', audience: 'BOTH', expectedHours: 1 },
    }),
  },
  trainingCourseUpdate: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: TrainingCourseUpdateInput!) { trainingCourseUpdate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { courseId: trainingCourse, titleAr: '', titleEn: '' } }),
  },
  trainingSessionCreate: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: TrainingSessionCreateInput!) { trainingSessionCreate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { courseId: trainingCourse, days: [] } }),
  },
  trainingSessionUpdate: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: TrainingSessionUpdateInput!) { trainingSessionUpdate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { sessionId: trainingSession, days: [] } }),
  },
  trainingSessionCancel: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: TrainingSessionCancelInput!) { trainingSessionCancel(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { sessionId: trainingSession, reason: ' ' } }),
  },
  trainingRegistrationCreate: {
    rules: ['SIGNED_IN'],
    // the session's registration has not opened: a typed error, nothing written
    document: `mutation($input: TrainingRegistrationCreateInput!) { trainingRegistrationCreate(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { sessionId: trainingSession } }),
  },
  trainingRegistrationCancel: {
    rules: ['SIGNED_IN'],
    document: `mutation($input: TrainingRegistrationCancelInput!) { trainingRegistrationCancel(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { registrationId: toGlobalId('TrainingRegistration', randomUUID()) } }),
  },
  trainingRegistrationMove: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: TrainingRegistrationMoveInput!) { trainingRegistrationMove(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: { registrationId: toGlobalId('TrainingRegistration', randomUUID()), sessionId: trainingSession },
    }),
  },
  trainingRegistrationAccommodationsConfirm: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: TrainingRegistrationAccommodationsConfirmInput!) { trainingRegistrationAccommodationsConfirm(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { registrationId: toGlobalId('TrainingRegistration', randomUUID()) } }),
  },
  trainingAttendanceMark: {
    rules: TRAINING_OFFICERS,
    document: `mutation($input: TrainingAttendanceMarkInput!) { trainingAttendanceMark(input: $input) { userErrors { code } } }`,
    variables: () => ({
      input: { registrationId: toGlobalId('TrainingRegistration', randomUUID()), dayPosition: 1, present: true },
    }),
  },
  organizationVerificationDecide: {
    rules: OFFICERS,
    document: `mutation($input: OrganizationVerificationDecideInput!) { organizationVerificationDecide(input: $input) { userErrors { code } } }`,
    variables: () => ({ input: { organizationId: orgA, decision: 'REJECTED' } }),
  },
};

/** Protected fields of queries and types, keyed by their resolver method's name. */
const FIELDS: Record<string, Entry & { path: string[] }> = {
  privateContacts: {
    rules: MEMBERS_AND_OFFICERS,
    path: ['organization', 'privateContacts'],
    document: `query($id: ID!) { organization(id: $id) { privateContacts { name } } }`,
    variables: () => ({ id: orgA }),
  },
  members: {
    rules: MEMBERS_AND_OFFICERS,
    path: ['organization', 'members'],
    document: `query($id: ID!) { organization(id: $id) { members { role } } }`,
    variables: () => ({ id: orgA }),
  },
  verificationEvidence: {
    rules: MEMBERS_AND_OFFICERS,
    path: ['organization', 'verificationEvidence'],
    document: `query($id: ID!) { organization(id: $id) { verificationEvidence { id } } }`,
    variables: () => ({ id: orgA }),
  },
  verificationNote: {
    rules: MEMBERS_AND_OFFICERS,
    path: ['organization', 'verificationNote'],
    document: `query($id: ID!) { organization(id: $id) { verificationNote } }`,
    variables: () => ({ id: orgA }),
  },
  viewerDataExport: {
    rules: ['SIGNED_IN'],
    path: ['viewerDataExport'],
    document: `query { viewerDataExport }`,
    variables: () => ({}),
  },
  organizationClaims: {
    rules: ['PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'],
    path: ['organizationClaims'],
    document: `query { organizationClaims(first: 1) { totalCount } }`,
    variables: () => ({}),
  },
  verificationCases: {
    rules: ['PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'],
    path: ['verificationCases'],
    document: `query { verificationCases(first: 1) { totalCount } }`,
    variables: () => ({}),
  },
  registrations: {
    rules: TRAINING_OFFICERS,
    path: ['trainingSession', 'registrations'],
    document: `query($id: ID!) { trainingSession(id: $id) { registrations(first: 1) { totalCount edges { node { participant { email } accommodations { note } } } } } }`,
    variables: () => ({ id: trainingSession }),
  },
  trainingRegistrations: {
    rules: MEMBERS_AND_OFFICERS,
    path: ['organization', 'trainingRegistrations'],
    document: `query($id: ID!) { organization(id: $id) { trainingRegistrations(first: 1) { totalCount edges { node { participantName } } } } }`,
    variables: () => ({ id: orgA }),
  },
  auditEvents: {
    rules: ['PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'],
    path: ['auditEvents'],
    document: `query { auditEvents(first: 1) { totalCount } }`,
    variables: () => ({}),
  },
};

interface Persona {
  name: string;
  roles: PlatformRoleName[];
  memberships: [string, MemberRoleName][];
  cookie?: string;
  /** A second session, for the field checks (the mutations end the first one with sessionDelete). */
  freshCookie?: string;
}

describe('authorisation matrix', () => {
  let api: TestApi;
  const personas: Persona[] = [];
  let orgAUuid = '';
  let orgBUuid = '';

  beforeAll(async () => {
    api = await startTestApi();
    const [a, b] = await createOrganizations(api.orm, [{ nameEn: 'Matrix A' }, { nameEn: 'Matrix B' }]);
    orgAUuid = a!.id;
    orgBUuid = b!.id;
    orgA = toGlobalId('Organization', orgAUuid);
    orgB = toGlobalId('Organization', orgBUuid);
    // a course and a session whose registration opens next month (so a registration attempt writes nothing)
    const course = randomUUID();
    const session = randomUUID();
    const knex = api.orm.em.getKnex();
    await knex('training_course').insert({
      id: course,
      title_en: 'Matrix course',
      topic_code: 'GOVERNANCE',
      level: 'INTRODUCTORY',
      audience: 'BOTH',
      expected_hours: 6,
    });
    const month = 30 * 24 * 3_600_000;
    await knex('training_session').insert({
      id: session,
      course_id: course,
      starts_at: new Date(Date.now() + 2 * month),
      ends_at: new Date(Date.now() + 2 * month + 3_600_000),
      governorate_code: 'JO-AM',
      language: 'ARABIC',
      seats: 10,
      registration_opens_at: new Date(Date.now() + month),
      registration_deadline: new Date(Date.now() + 1.5 * month),
      cancellation_deadline: new Date(Date.now() + 1.5 * month),
      audience: 'BOTH',
    });
    trainingCourse = toGlobalId('TrainingCourse', course);
    trainingSession = toGlobalId('TrainingSession', session);
    const definitions: Persona[] = [
      { name: 'anonymous', roles: [], memberships: [] },
      { name: 'signed-in person', roles: [], memberships: [] },
      { name: 'owner of A', roles: [], memberships: [[orgAUuid, 'OWNER']] },
      { name: 'editor of A', roles: [], memberships: [[orgAUuid, 'EDITOR']] },
      { name: 'viewer of A', roles: [], memberships: [[orgAUuid, 'VIEWER']] },
      { name: 'owner of B', roles: [], memberships: [[orgBUuid, 'OWNER']] },
      { name: 'reviewer', roles: ['REVIEWER'], memberships: [] },
      { name: 'programme officer', roles: ['PROGRAMME_OFFICER'], memberships: [] },
      { name: 'MoSD official', roles: ['MOSD_OFFICIAL'], memberships: [] },
      { name: 'administrator', roles: ['ADMINISTRATOR'], memberships: [] },
    ];
    for (const persona of definitions) {
      if (persona.name !== 'anonymous') {
        const person = await createTestPerson(api, {
          roles: persona.roles,
          memberships: persona.memberships.map(([organizationId, role]) => ({ organizationId, role })),
        });
        persona.cookie = await signIn(api, person.email, person.password);
        persona.freshCookie = await signIn(api, person.email, person.password);
      }
      personas.push(persona);
    }
  });
  afterAll(async () => {
    await api.stop();
  });

  it('has an entry for every mutation of the schema and every @Authorized field, with the declared rules', async () => {
    const schema = await createSchema();
    expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual(Object.keys(MUTATIONS).sort());
    const declared = new Map(
      getMetadataStorage().authorizedFields.map((m) => [m.fieldName, [...(m.roles as AuthRule[])].sort()]),
    );
    for (const [name, entry] of Object.entries({ ...MUTATIONS, ...FIELDS })) {
      expect({ name, rules: declared.get(name) ?? 'PUBLIC' }).toEqual({
        name,
        rules: entry.rules === 'PUBLIC' ? 'PUBLIC' : [...entry.rules].sort(),
      });
    }
    const covered = new Set(Object.keys({ ...MUTATIONS, ...FIELDS }));
    expect([...declared.keys()].filter((name) => !covered.has(name))).toEqual([]);
  });

  const expectedAccess = (persona: Persona, rules: AuthRule[] | 'PUBLIC'): boolean => {
    if (rules === 'PUBLIC') return true;
    if (persona.name === 'anonymous') return false;
    const viewer = {
      roles: new Set(persona.roles),
      memberships: new Map(persona.memberships),
    } as unknown as Viewer;
    return rules.some((rule) => allows(viewer, rule, orgAUuid));
  };

  it('lets each role through exactly where the matrix says, for every mutation', async () => {
    const outcomes: string[] = [];
    const mismatches: string[] = [];
    // signing out last: it ends the persona's session
    const names = Object.keys(MUTATIONS).sort((a, b) => Number(a === 'sessionDelete') - Number(b === 'sessionDelete'));
    for (const persona of personas) {
      for (const name of names) {
        const entry = MUTATIONS[name]!;
        const response = await api.graphql(entry.document, entry.variables(), {
          headers: persona.cookie ? { cookie: persona.cookie } : {},
        });
        const code = response.body.errors?.[0]?.extensions?.code;
        const denied = code === 'UNAUTHENTICATED' || code === 'FORBIDDEN';
        if (code !== undefined && !denied)
          mismatches.push(`${persona.name} × ${name}: unexpected ${JSON.stringify(code)}`);
        const expected = expectedAccess(persona, entry.effective ?? entry.rules);
        if (denied === expected) mismatches.push(`${persona.name} × ${name}: ${denied ? 'denied' : 'allowed'}`);
        if (denied && persona.name === 'anonymous' && code !== 'UNAUTHENTICATED') {
          mismatches.push(`${persona.name} × ${name}: ${String(code)} instead of UNAUTHENTICATED`);
        }
        outcomes.push(`${persona.name} × ${name}: ${denied ? 'denied' : 'allowed'}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(outcomes).toHaveLength(personas.length * names.length);
  });

  it('shows each protected field exactly to the roles of the matrix', async () => {
    const mismatches: string[] = [];
    for (const persona of personas) {
      for (const [name, entry] of Object.entries(FIELDS)) {
        const response = await api.graphql(entry.document, entry.variables(), {
          headers: persona.freshCookie ? { cookie: persona.freshCookie } : {},
        });
        const error = response.body.errors?.find((e) => (e.path ?? []).join('.') === entry.path.join('.'));
        const denied = error?.extensions?.code === 'UNAUTHENTICATED' || error?.extensions?.code === 'FORBIDDEN';
        if (denied === expectedAccess(persona, entry.rules)) {
          mismatches.push(`${persona.name} × ${name}: ${denied ? 'denied' : 'allowed'}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
