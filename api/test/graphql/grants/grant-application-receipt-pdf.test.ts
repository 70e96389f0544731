/**
 * GET /grant-applications/<id>/receipt.pdf: the receipt of a submitted application as a PDF in Arabic and English,
 * for its consortium's members and officers; its text (pdftotext) gives the receipt number, the Arabic in logical
 * order, the several objectives and indicators, and the budget's totals. A draft has none; others get a 404.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/api.js';
import {
  APPLICATION_FIELDS,
  ERRORS,
  completeApplication,
  insertCall,
  mutate,
  officer,
  organization,
} from './grants-support.js';

const pdftotext = async (pdf: Buffer): Promise<string> => {
  const folder = await mkdtemp(path.join(tmpdir(), 'receipt-'));
  try {
    await writeFile(path.join(folder, 'r.pdf'), pdf);
    const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', path.join(folder, 'r.pdf'), '-']);
    return stdout;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
};

describe('grant application receipt PDF', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('serves what was submitted to the consortium and officers only, in Arabic and English', async () => {
    // given a submitted application with two objectives, one of them with two indicators
    const call = await insertCall(api);
    const lead = await organization(api);
    const stranger = await organization(api);
    const draft = await completeApplication(api, call, lead);
    const edited = await mutate(
      api,
      'grantApplicationUpdate',
      {
        applicationId: draft.id,
        version: draft.version,
        logframe: [
          {
            textAr: 'زيارة كبار السن الذين يعيشون وحدهم أسبوعيًا',
            textEn: 'Older people living alone are visited weekly',
            indicators: [
              { textEn: 'People visited weekly', baseline: '0', target: '200' },
              { textEn: 'Referrals to services', baseline: '0', target: '40' },
            ],
          },
          {
            textEn: 'Volunteers are trained',
            indicators: [{ textEn: 'Volunteers trained', baseline: '0', target: '30' }],
          },
        ],
      },
      lead.cookie,
    );
    expect(edited.userErrors).toEqual([]);
    expect((edited.application!.logframe as unknown[]).length).toBe(2);
    const submitted = await mutate(
      api,
      'grantApplicationSubmit',
      { applicationId: draft.id, idempotencyKey: `receipt-${draft.uuid}` },
      lead.cookie,
      `application { ${APPLICATION_FIELDS} receiptPdfPath } ${ERRORS}`,
    );
    expect(submitted.userErrors).toEqual([]);
    const receipt = submitted.application!.receiptNumber!;
    const pdfPath = submitted.application!.receiptPdfPath as string;
    expect(pdfPath).toBe(`/grant-applications/${draft.uuid}/receipt.pdf`);
    const url = `${api.url}${pdfPath}`;

    // when the lead, an officer, another CSO and the public ask for it
    const byLead = await fetch(url, { headers: { cookie: lead.cookie } });
    const byOfficer = await fetch(url, { headers: { cookie: await officer(api) } });
    const byStranger = await fetch(url, { headers: { cookie: stranger.cookie } });
    const byPublic = await fetch(url);

    // then the lead and the officer get the PDF, the others nothing
    expect(byLead.status).toBe(200);
    expect(byLead.headers.get('content-type')).toBe('application/pdf');
    expect(byLead.headers.get('content-disposition')).toContain(`receipt-${receipt}.pdf`);
    expect(byOfficer.status).toBe(200);
    expect(byStranger.status).toBe(404);
    expect(byPublic.status).toBe(401);
    const text = await pdftotext(Buffer.from(await byLead.arrayBuffer()));
    const lines = text.split('\n').map((line) => line.replace(/[\u202A-\u202E]/g, '').trim());
    expect(text).toContain(`Receipt number ${receipt}`);
    expect(lines).toContain('إيصال تقديم طلب منحة');
    expect(lines).toContain('رعاية منزلية من الجيران');
    expect(text).toContain('Referrals to services: baseline 0, target 40');
    expect(text).toContain('2. Volunteers are trained');
    expect(text).toContain('Submitted (Amman time)');
    expect(text).toContain('total EUR 50,000.00');
  });

  it('has no receipt for a draft', async () => {
    const call = await insertCall(api);
    const lead = await organization(api);
    const draft = await completeApplication(api, call, lead);
    const response = await fetch(`${api.url}/grant-applications/${draft.uuid}/receipt.pdf`, {
      headers: { cookie: lead.cookie },
    });
    expect(response.status).toBe(404);
  });
});
