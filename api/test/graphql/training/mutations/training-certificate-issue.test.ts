/**
 * trainingCertificateIssue and the certificate's PDF: issued for a participant who met the course's attendance rule
 * (once: issuing again answers the same certificate), refused with the rule for one who did not, audited; the PDF
 * goes to its holder and officers only, and its text (pdftotext) gives the Arabic words in logical order and the name
 * as the person wrote it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knexRows } from '../../../../src/database/sql.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import {
  ISSUE_CERTIFICATE,
  type IssuedCertificate,
  markAttended,
  officerCookie,
  sessionWithParticipants,
} from '../training-support.js';

interface Issued {
  trainingCertificateIssue: {
    certificate: IssuedCertificate | null;
    userErrors: { field: string[]; code: string; message: string }[];
  };
}

const pdftotext = async (pdf: Buffer): Promise<string> => {
  const folder = await mkdtemp(path.join(tmpdir(), 'certificate-'));
  try {
    await writeFile(path.join(folder, 'c.pdf'), pdf);
    const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', path.join(folder, 'c.pdf'), '-']);
    return stdout;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
};

describe('trainingCertificateIssue', () => {
  let api: TestApi;
  let officer = '';
  beforeAll(async () => {
    api = await startTestApi();
    officer = await officerCookie(api);
  });
  afterAll(async () => {
    await api.stop();
  });

  const issue = async (registrationId: string, headers: Record<string, string> = { cookie: officer }) => {
    const response = await api.graphql<Issued>(ISSUE_CERTIFICATE, { input: { registrationId } }, { headers });
    return response;
  };

  it('issues one certificate to a participant who attended enough days, and answers the same one when asked again', async () => {
    // given a two-day session (80% attendance asked) and a participant who attended both days
    const { participants } = await sessionWithParticipants(api, officer, ['ليلى عبد الرحمن الخطيب']);
    const [leila] = participants;
    await markAttended(api, officer, leila!.registrationId, [1, 2]);

    // when an officer issues the certificate twice
    const first = (await issue(leila!.registrationId)).body.data!.trainingCertificateIssue;
    const second = (await issue(leila!.registrationId)).body.data!.trainingCertificateIssue;

    // then one certificate exists, with the name as written and a code in groups of four, audited once
    expect(first.userErrors).toEqual([]);
    expect(first.certificate).toMatchObject({ participantName: 'ليلى عبد الرحمن الخطيب', status: 'VALID' });
    expect(first.certificate!.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(second).toEqual(first);
    const knex = api.orm.em.getKnex();
    const rows = await knexRows(knex, 'select id from training_certificate where user_id = ?', [leila!.userId]);
    expect(rows).toHaveLength(1);
    const events = await knexRows<{ action: string }>(knex, 'select action from audit_event where subject_id = ?', [
      first.certificate!.uuid,
    ]);
    expect(events.map((e) => e.action)).toEqual(['TRAINING_CERTIFICATE_ISSUED']);
  });

  it('refuses a participant below the attendance share, naming the rule, and writes nothing', async () => {
    // given a participant who attended one day of two (the course asks for 80%)
    const { participants } = await sessionWithParticipants(api, officer, ['Omar Haddad']);
    await markAttended(api, officer, participants[0]!.registrationId, [1]);

    // when an officer issues their certificate
    const payload = (await issue(participants[0]!.registrationId)).body.data!.trainingCertificateIssue;

    // then it is refused with the rule, and nothing is written
    expect(payload.certificate).toBeNull();
    expect(payload.userErrors).toEqual([
      {
        field: ['input', 'registrationId'],
        code: 'COURSE_NOT_COMPLETED',
        message: 'the course asks for 80% of the days attended; the participant attended 1 of 2',
      },
    ]);
    const rows = await knexRows(api.orm.em.getKnex(), 'select id from training_certificate where user_id = ?', [
      participants[0]!.userId,
    ]);
    expect(rows).toEqual([]);
  });

  it('refuses the participant themself: issuing is for officers', async () => {
    const { participants } = await sessionWithParticipants(api, officer, ['Rana Saleh']);
    await markAttended(api, officer, participants[0]!.registrationId, [1, 2]);
    const response = await issue(participants[0]!.registrationId, participants[0]!.headers);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('serves the PDF to its holder and officers only, with the Arabic in logical order and the name as written', async () => {
    // given an issued certificate for a course with Arabic and English titles
    const { participants } = await sessionWithParticipants(api, officer, ['ليلى عبد الرحمن الخطيب', 'Someone Else'], {
      titleAr: 'الإدارة المالية للجمعيات',
      titleEn: 'Financial management for CSOs',
    });
    const [holder, other] = participants;
    await markAttended(api, officer, holder!.registrationId, [1, 2]);
    const certificate = (await issue(holder!.registrationId)).body.data!.trainingCertificateIssue.certificate!;
    const url = `${api.url}${certificate.pdfPath}`;

    // when the holder, an officer, another participant and the public ask for it
    const byHolder = await fetch(url, { headers: holder!.headers });
    const byOfficer = await fetch(url, { headers: { cookie: officer } });
    const byOther = await fetch(url, { headers: other!.headers });
    const byPublic = await fetch(url);

    // then the holder and the officer get the PDF, the others nothing
    expect(byHolder.status).toBe(200);
    expect(byHolder.headers.get('content-type')).toBe('application/pdf');
    expect(byOfficer.status).toBe(200);
    expect(byOther.status).toBe(404);
    expect(byPublic.status).toBe(401);
    const text = await pdftotext(Buffer.from(await byHolder.arrayBuffer()));
    const lines = text.split('\n').map((line) => line.replace(/[\u202A-\u202E]/g, '').trim());
    expect(lines).toContain('ليلى عبد الرحمن الخطيب');
    expect(lines).toContain('الإدارة المالية للجمعيات');
    expect(lines).toContain('شهادة إتمام');
    expect(lines).toContain('Financial management for CSOs');
    expect(text).toContain(certificate.code);
    expect(text).toContain(`/ar/training/certificates/${certificate.code}`);
  });
});
