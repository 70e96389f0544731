import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobQueueService } from '../../../../src/common/jobs/job-queue.js';
import { screenApplicationJob } from '../../../../src/modules/grants/index.js';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { officer } from '../grants-support.js';
import { csvOf, importList, screen, submittedApplication } from './screening-support.js';

/** Known people, each written as a list might write it (first) and as applicants write it (the variants). */
const KNOWN: { id: string; listed: string; variants: string[] }[] = [
  {
    id: 'K01',
    listed: 'محمد المصري',
    variants: ['Mohammed Al-Masri', 'Muhammad al-Masri', 'Mohamed Elmasri', 'Mohammed Ali Al-Masri'],
  },
  {
    id: 'K02',
    listed: 'Abd al-Rahman Al-Khatib',
    variants: ['Abdul Rahman Alkhatib', 'Abdulrahman El-Khatib', 'عبد الرحمن الخطيب', 'عبدالرحمن الخطيب'],
  },
  { id: 'K03', listed: 'يوسف حداد', variants: ['Yousef Haddad', 'Yusuf Hadad', 'Youssef Al-Haddad', 'يوسف أحمد حداد'] },
  { id: 'K04', listed: 'Hussein Al-Tamimi', variants: ['Husain Tamimi', 'حسين التميمي', 'Hussain Al Tamimi'] },
  { id: 'K05', listed: 'خالد أبو زيد', variants: ['Khaled Abu Zeid', 'Khalid Abu Zaid', 'خالد ابو زيد'] },
  {
    id: 'K06',
    listed: 'Fatima Al-Zahra Qasim',
    variants: ['Fatma Zahra Kassem', 'فاطمة الزهراء قاسم', 'Fatima Qasim'],
  },
  { id: 'K07', listed: 'أسامة جمال', variants: ['Osama Jamal', 'Usama Gamal', 'اسامه جمال'] },
  { id: 'K08', listed: 'Omar Al-Shami', variants: ['Umar El-Shami', 'عمر الشامي', 'عُمَر الشّامي'] },
  { id: 'K09', listed: 'إبراهيم مصطفى', variants: ['Ibrahim Mustafa', 'Ebrahim Moustafa', 'ابراهيم مصطفي'] },
  { id: 'K10', listed: 'Ismail Saeed', variants: ['Ismael Said', 'إسماعيل سعيد', 'Esmail Sa‘eed'] },
];

/** People who are none of the known ones (some sharing a first or a family name with them). */
const UNRELATED = [
  'Layla Nasser',
  'ليلى ناصر',
  'Rami Sabbagh',
  'رامي الصباغ',
  'Dina Karam',
  'Tareq Odeh',
  'Nour Batayneh',
  'Sami Frayhat',
  'Hala Zoubi',
  'Ahmad Hamdan',
  'Mohammed Odeh',
  'Yousef Nasser',
  'Omar Batayneh',
  'سعيد الكرمي',
  'Fatima Sabbagh',
];

/**
 * Different people whose names differ only in their vowels, which the keys drop (Mahmoud/Mohammed, Hassan/Hussein):
 * raised as potential hits for an officer to dismiss. Measured and reported, and kept out of the precision above.
 */
const VOWEL_COLLISIONS: { name: string; id: string }[] = [
  { name: 'Mahmoud Al-Masri', id: 'K01' },
  { name: 'Hassan Al-Tamimi', id: 'K04' },
];

describe('grantApplicationScreen', () => {
  let api: TestApi;
  let officerCookie: string;
  beforeAll(async () => {
    api = await startTestApi();
    officerCookie = await officer(api);
    await importList(
      api,
      officerCookie,
      csvOf([
        ...KNOWN.map((k) => ({ id: k.id, names: [k.listed] })),
        { id: 'E01', names: ['Crescent Relief Foundation', 'مؤسسة الهلال للإغاثة'], type: 'enterprise' },
      ]),
    );
  });
  afterAll(async () => {
    await api.stop();
  });

  it('matches every transliteration variant, in both scripts, to its listed person; unrelated names raise nothing', async () => {
    const { application, lead } = await submittedApplication(api, {});
    const knex = api.orm.em.getKnex();
    /** The entries raised when the lead's one named person is `name`. */
    const raised = async (name: string) => {
      await knex('organization_contact').where({ organization_id: lead.uuid }).delete();
      await knex('organization_contact').insert({
        id: randomUUID(),
        organization_id: lead.uuid,
        visibility: 'PRIVATE',
        name,
        email: 'key.person@example.org',
      });
      const hits = await screen(api, officerCookie, application.id);
      for (const h of hits) expect([h.subjectKind, h.status]).toEqual(['PERSON', 'POTENTIAL']);
      return hits;
    };
    const variants = KNOWN.flatMap((k) => k.variants.map((v) => ({ id: k.id, name: v })));
    const missed: string[] = [];
    const wrong: string[] = [];
    const scores: number[] = [];
    let total = 0;
    for (const v of variants) {
      const hits = await raised(v.name);
      total += hits.length;
      if (!hits.some((h) => h.entryLogicalId === v.id)) missed.push(`${v.name} (${v.id})`);
      for (const h of hits) {
        if (h.entryLogicalId === v.id) scores.push(h.score);
        else wrong.push(`${v.name} → ${h.entryLogicalId} ${h.score}`);
      }
    }
    for (const name of UNRELATED) {
      const hits = await raised(name);
      total += hits.length;
      wrong.push(...hits.map((h) => `${name} → ${h.entryLogicalId} ${h.score}`));
    }
    const collisions = [];
    for (const c of VOWEL_COLLISIONS)
      collisions.push(...(await raised(c.name)).filter((h) => h.entryLogicalId === c.id));
    expect(collisions).toHaveLength(VOWEL_COLLISIONS.length);
    // recall: each variant is raised against its own entry; precision: nothing else is raised
    expect(missed).toEqual([]);
    expect(wrong).toEqual([]);
    console.log(
      `screening: ${variants.length} variants, ${UNRELATED.length} unrelated names; ${total} hits, recall ${
        (variants.length - missed.length) / variants.length
      }, precision ${(total - wrong.length) / total}; true-hit scores ${Math.min(...scores)}..${Math.max(...scores)}; vowel-only collisions raised ${
        collisions.length
      }/${VOWEL_COLLISIONS.length}`,
    );
  });

  it("matches the applicant organisation's own name", async () => {
    const { application } = await submittedApplication(api, { nameEn: 'The Crescent Relief Foundation' });
    const hits = await screen(api, officerCookie, application.id);
    expect(hits.map((h) => [h.subjectKind, h.subjectName, h.entryLogicalId])).toEqual([
      ['ORGANIZATION', 'The Crescent Relief Foundation', 'E01'],
    ]);
  });

  it('runs as a job when an application is submitted', async () => {
    const { application } = await submittedApplication(api, {}, ['Muhammad al-Masri']);
    const jobs = api.app.services.get(jobQueueService);
    expect(await jobs.drain(screenApplicationJob)).toBeGreaterThanOrEqual(1);
    const response = await api.graphql<{ grantApplicationScreening: { entryLogicalId: string; score: number }[] }>(
      `query($id: ID!) { grantApplicationScreening(applicationId: $id) { entryLogicalId score } }`,
      { id: application.id },
      { headers: { cookie: officerCookie } },
    );
    expect(response.body.data!.grantApplicationScreening.map((h) => h.entryLogicalId)).toEqual(['K01']);
  });

  it("refuses non-officers, and hides the hits from the applicant's own members", async () => {
    const { application, lead } = await submittedApplication(api, {}, ['Muhammad al-Masri']);
    for (const [document, variables] of [
      [
        'mutation($input: GrantApplicationScreenInput!) { grantApplicationScreen(input: $input) { userErrors { code } } }',
        { input: { applicationId: application.id } },
      ],
      ['query($id: ID!) { grantApplicationScreening(applicationId: $id) { id } }', { id: application.id }],
    ] as const) {
      const response = await api.graphql(document, variables, { headers: { cookie: lead.cookie } });
      expect(response.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
  });
});
