/**
 * The workspace edits its public and private contacts and its social links (issue 13 item 34): a new organisation's
 * page no longer says "No public contact details" forever.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn } from '../../../support/accounts.js';

const REGISTER = `mutation R($input: OrganizationRegisterInput!) {
  organizationRegister(input: $input) { organization { id } userErrors { code } }
}`;
const CONTACTS = `publicContacts { name role email phone } socialLinks { kind url }`;
const UPDATE = `mutation U($input: OrganizationUpdateInput!) {
  organizationUpdate(input: $input) {
    organization { ${CONTACTS} privateContacts { name email phone } }
    userErrors { field code message }
  }
}`;

interface Contact {
  name: string | null;
  role?: string | null;
  email: string | null;
  phone: string | null;
}
interface UpdateResult {
  organizationUpdate: {
    organization: {
      publicContacts: Contact[];
      privateContacts: Contact[];
      socialLinks: { kind: string; url: string }[];
    } | null;
    userErrors: { field: string[]; code: string; message: string }[];
  };
}

describe('organizationUpdate of contacts and social links', () => {
  let api: TestApi;
  let cookie = '';
  let organizationId = '';
  beforeAll(async () => {
    api = await startTestApi();
    const owner = await createTestPerson(api, { name: 'Contacts Owner' });
    cookie = await signIn(api, owner.email, owner.password);
    const registered = await api.graphql<{ organizationRegister: { organization: { id: string } } }>(
      REGISTER,
      { input: { nameEn: 'Reachable Society', legalForm: 'CHARITY', governorate: 'JO-IR' } },
      { headers: { cookie } },
    );
    organizationId = registered.body.data!.organizationRegister.organization.id;
  });
  afterAll(async () => {
    await api.stop();
  });

  const update = async (input: Record<string, unknown>) => {
    const response = await api.graphql<UpdateResult>(
      UPDATE,
      { input: { organizationId, ...input } },
      { headers: { cookie } },
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.organizationUpdate;
  };

  it('saves public and private contacts and social links; the public sees only the public ones', async () => {
    const result = await update({
      contacts: [
        { visibility: 'PUBLIC', name: 'Front office', email: ' info@reachable.example ', phone: '+962 5 398-1234' },
        { visibility: 'PRIVATE', name: 'Director', role: 'Director', phone: '0791234567' },
        { visibility: 'PUBLIC', email: 'volunteer@reachable.example' },
      ],
      socialLinks: [
        { kind: 'facebook', url: 'https://facebook.com/reachable' },
        { kind: 'instagram', url: 'https://instagram.com/reachable' },
      ],
    });
    expect(result.userErrors).toEqual([]);
    expect(result.organization!.publicContacts).toEqual([
      { name: 'Front office', role: null, email: 'info@reachable.example', phone: '+962 5 3981234' },
      { name: null, role: null, email: 'volunteer@reachable.example', phone: null },
    ]);
    expect(result.organization!.privateContacts).toEqual([{ name: 'Director', email: null, phone: '0791234567' }]);
    const visitor = await api.graphql<{ organization: { publicContacts: Contact[]; socialLinks: unknown[] } }>(
      `query($id: ID!) { organization(id: $id) { ${CONTACTS} } }`,
      { id: organizationId },
    );
    expect(visitor.body.data!.organization.publicContacts).toHaveLength(2);
    expect(visitor.body.data!.organization.socialLinks).toEqual([
      { kind: 'facebook', url: 'https://facebook.com/reachable' },
      { kind: 'instagram', url: 'https://instagram.com/reachable' },
    ]);

    // a contact can be made private, and the list is replaced whole
    const second = await update({ contacts: [{ visibility: 'PRIVATE', email: 'info@reachable.example' }] });
    expect(second.organization!.publicContacts).toEqual([]);
    expect(second.organization!.privateContacts).toEqual([
      { name: null, email: 'info@reachable.example', phone: null },
    ]);
    expect(second.organization!.socialLinks).toHaveLength(2);
  });

  it('reports each bad contact and link next to its field, and changes nothing', async () => {
    const result = await update({
      contacts: [
        { visibility: 'PUBLIC', name: 'Nobody to reach' },
        { visibility: 'PUBLIC', email: 'not-an-email', phone: 'call us' },
      ],
      socialLinks: [
        { kind: 'myspace', url: 'https://myspace.example' },
        { kind: 'x', url: 'javascript:alert(1)' },
      ],
    });
    expect(result.organization).toBeNull();
    expect(result.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.contacts.0.email', 'CONTACT_UNREACHABLE'],
      ['input.contacts.1.email', 'INVALID_VALUE'],
      ['input.contacts.1.phone', 'INVALID_VALUE'],
      ['input.socialLinks.0.kind', 'UNKNOWN_CODE'],
      ['input.socialLinks.1.url', 'INVALID_VALUE'],
    ]);
  });
});
