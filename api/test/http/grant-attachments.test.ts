/**
 * Grant attachments (issue 16): the files of an application for the documents its call requires, uploaded over HTTP
 * by the consortium's editors while a draft, read by the consortium's people and officers only; submission refuses
 * an application missing one, naming it. A call's guidelines document: uploaded by officers, public once published.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import {
  auditActions,
  completeApplication,
  insertCall,
  mutate,
  officer,
  organization,
  type CallRow,
} from '../graphql/grants/grants-support.js';

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('the statutes of the association\n%%EOF\n')]);
const DOCUMENTS = [
  { code: 'STATUTES', nameAr: 'النظام الأساسي', nameEn: 'Statutes' },
  { code: 'AUDIT', nameAr: 'التقرير المالي المدقق', nameEn: 'Audited accounts' },
];

const ATTACHMENTS = /* GraphQL */ `
  query ($id: ID!) {
    node(id: $id) {
      ... on GrantApplication {
        attachments {
          documentCode
          mediaType
          sizeBytes
          path
        }
      }
    }
  }
`;
const GUIDELINES = /* GraphQL */ `
  query ($id: ID!) {
    node(id: $id) {
      ... on GrantCall {
        guidelinesDocument {
          sizeBytes
          path
        }
      }
    }
  }
`;

describe('grant attachments and guidelines', () => {
  let api: TestApi;
  let officerCookie = '';
  beforeAll(async () => {
    api = await startTestApi({ env: { UPLOAD_DIR: `/tmp/shabaka-test-grant-attachments-${process.pid}` } });
    officerCookie = await officer(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  const upload = (applicationId: string, documentCode: string, cookie: string, body: Buffer = PDF) =>
    fetch(
      `${api.url}/uploads/grant-attachment?applicationId=${encodeURIComponent(applicationId)}&documentCode=${documentCode}`,
      { method: 'POST', headers: { cookie, 'content-type': 'application/octet-stream' }, body },
    );
  const submit = (applicationId: string, cookie: string) =>
    mutate(api, 'grantApplicationSubmit', { applicationId, idempotencyKey: `key-${Math.random()}` }, cookie);
  const attachmentsOf = async (id: string, cookie: string) => {
    const response = await api.graphql<{ node: { attachments: { documentCode: string; path: string }[] } | null }>(
      ATTACHMENTS,
      { id },
      { headers: { cookie } },
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.node?.attachments ?? null;
  };

  async function draftWithDocuments(): Promise<{
    call: CallRow;
    lead: Awaited<ReturnType<typeof organization>>;
    id: string;
    uuid: string;
  }> {
    const call = await insertCall(api, { requiredDocuments: DOCUMENTS });
    const lead = await organization(api);
    const draft = await completeApplication(api, call, lead);
    return { call, lead, id: draft.id, uuid: draft.uuid };
  }

  it('refuses to submit without the required documents, naming each one missing', async () => {
    // given a complete draft without attachments
    const { lead, id } = await draftWithDocuments();
    // when its lead submits
    const result = await submit(id, lead.cookie);
    // then each missing document is named, and nothing changed
    expect(result.userErrors.map((e) => [e.code, e.field?.join('.')])).toEqual([
      ['REQUIRED_DOCUMENT_MISSING', 'input.attachments.STATUTES'],
      ['REQUIRED_DOCUMENT_MISSING', 'input.attachments.AUDIT'],
    ]);
    expect(result.userErrors[0]!.message).toContain('Statutes');
    expect(result.application).toBeNull();
  });

  it("is uploaded by the lead's editor, replaced, read by the consortium and officers only, then submitted", async () => {
    // given
    const { lead, id, uuid } = await draftWithDocuments();
    const outsider = await organization(api);
    // when both documents are uploaded, one twice
    expect((await upload(id, 'STATUTES', lead.cookie)).status).toBe(201);
    expect((await upload(id, 'STATUTES', lead.cookie)).status).toBe(201);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    expect((await upload(id, 'AUDIT', lead.cookie, png)).status).toBe(201);
    // then
    const seen = await attachmentsOf(id, lead.cookie);
    expect(seen!.map((a) => a.documentCode)).toEqual(['AUDIT', 'STATUTES']);
    expect(await attachmentsOf(id, officerCookie)).toHaveLength(2);
    expect(await attachmentsOf(id, outsider.cookie)).toBeNull();
    const download = await fetch(`${api.url}${seen![1]!.path}`, { headers: { cookie: lead.cookie } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);
    expect((await fetch(`${api.url}${seen![1]!.path}`, { headers: { cookie: officerCookie } })).status).toBe(200);
    expect((await fetch(`${api.url}${seen![1]!.path}`, { headers: { cookie: outsider.cookie } })).status).toBe(404);
    expect(await auditActions(api, uuid)).toEqual(
      expect.arrayContaining([
        'GRANT_APPLICATION_ATTACHMENT_UPLOADED',
        'GRANT_APPLICATION_ATTACHMENT_REPLACED',
        'GRANT_APPLICATION_ATTACHMENT_UPLOADED',
      ]),
    );
    const submitted = await submit(id, lead.cookie);
    expect(submitted.userErrors).toEqual([]);
    // and after submission it no longer changes
    const late = await upload(id, 'STATUTES', lead.cookie);
    expect(late.status).toBe(422);
    expect((await late.json()) as object).toMatchObject({
      errors: [{ extensions: { field: 'applicationId', reason: 'NOT_EDITABLE' } }],
    });
  });

  it('refuses a document the call does not ask for, a file that is not a PDF or an image, and an outsider', async () => {
    const { lead, id } = await draftWithDocuments();
    const outsider = await organization(api);
    const unknown = await upload(id, 'PASSPORT', lead.cookie);
    expect(unknown.status).toBe(422);
    expect((await unknown.json()) as object).toMatchObject({
      errors: [{ extensions: { field: 'documentCode', reason: 'UNKNOWN_DOCUMENT' } }],
    });
    expect((await upload(id, 'STATUTES', lead.cookie, Buffer.from('plain text'))).status).toBe(415);
    const refused = await upload(id, 'STATUTES', outsider.cookie);
    expect(refused.status).toBe(422);
    expect((await refused.json()) as object).toMatchObject({
      errors: [{ extensions: { reason: 'APPLICATION_NOT_FOUND' } }],
    });
    expect(await attachmentsOf(id, lead.cookie)).toEqual([]);
  });

  it("takes the call's guidelines from an officer, public once published; drafts' for officers only", async () => {
    const call = await insertCall(api);
    const draft = await insertCall(api, { status: 'DRAFT' });
    const lead = await organization(api);
    const put = (callId: string, cookie: string) =>
      fetch(`${api.url}/uploads/grant-guidelines?callId=${encodeURIComponent(callId)}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/octet-stream' },
        body: PDF,
      });
    expect((await put(call.id, lead.cookie)).status).toBe(403);
    expect((await put(call.id, officerCookie)).status).toBe(201);
    expect((await put(draft.id, officerCookie)).status).toBe(201);
    const response = await api.graphql<{ node: { guidelinesDocument: { sizeBytes: number; path: string } | null } }>(
      GUIDELINES,
      { id: call.id },
    );
    expect(response.body.data!.node.guidelinesDocument).toEqual({
      sizeBytes: PDF.length,
      path: `/uploads/grant-guidelines/${call.uuid}`,
    });
    const anonymous = await fetch(`${api.url}/uploads/grant-guidelines/${call.uuid}`);
    expect(anonymous.status).toBe(200);
    expect(Buffer.from(await anonymous.arrayBuffer())).toEqual(PDF);
    expect((await fetch(`${api.url}/uploads/grant-guidelines/${draft.uuid}`)).status).toBe(404);
    expect(
      (await fetch(`${api.url}/uploads/grant-guidelines/${draft.uuid}`, { headers: { cookie: officerCookie } })).status,
    ).toBe(200);
    expect(await auditActions(api, call.uuid)).toContain('GRANT_CALL_GUIDELINES_UPLOADED');
  });
});
