/**
 * Demo requests and partnerships, so that the public registry is not empty after `pnpm start`: a small CSO in Mafraq
 * with a large one in Amman, and a Mafraq CSO with the MoSD directorate in Mafraq (both active, confirmed, with their
 * MoU), one proposed partnership still waiting for a confirmation, a completed one and a terminated one, and requests
 * pending and declined, among them one received and one sent by the demo owner's organisation (owner@demo) and by the
 * small Mafraq CSO, whose owner is the demo account mafraq@demo.shabaka.example.
 * Fictional and bilingual; written with the demo institutions, on a platform that has none yet.
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';
import { knexRows } from '../../../database/sql.js';
import { DEMO_PASSWORD, createPerson } from '../../accounts/index.js';

/** The demo account of a small local CSO in Mafraq (its owner), named in the README. */
export const DEMO_MAFRAQ_ACCOUNT = {
  email: 'mafraq@demo.shabaka.example',
  name: 'سلمى الخالدي (Salma Khalidi)',
  role: 'OWNER',
} as const;

const DAY = 24 * 3_600_000;

interface Org {
  id: string;
  governorate_code: string;
  staff_count: number | null;
}

type Party = { organization: string } | { institution: string };

const partyColumns = (prefix: '' | 'from_' | 'to_', party: Party) =>
  'organization' in party
    ? { [`${prefix}organization_id`]: party.organization }
    : { [`${prefix}institution_id`]: party.institution };

/** Adds the demo requests and partnerships; the number of partnerships added. */
export async function seedDemoRequests(knex: Knex, mafraqDirectorate: string): Promise<number> {
  // the smallest CSOs of Mafraq and the largest of Amman (by staff), from the directory's demo data
  const mafraq = await knexRows<Org>(
    knex,
    `select id, governorate_code, staff_count from organization where governorate_code = 'JO-MA'
     order by staff_count asc nulls last, id limit 3`,
  );
  const amman = await knexRows<Org>(
    knex,
    `select id, governorate_code, staff_count from organization where governorate_code = 'JO-AM'
     order by staff_count desc nulls last, id limit 2`,
  );
  const others = await knexRows<Org>(
    knex,
    `select id, governorate_code, staff_count from organization where governorate_code in ('JO-IR', 'JO-KA')
     order by governorate_code, id limit 2`,
  );
  if (mafraq.length < 3 || amman.length < 2) return 0;
  const [small, second, third] = mafraq as [Org, Org, Org];
  const [large, otherLarge] = amman as [Org, Org];
  const now = Date.now();
  const requests: Record<string, unknown>[] = [];
  const partnerships: Record<string, unknown>[] = [];
  const members: Record<string, unknown>[] = [];
  const history: Record<string, unknown>[] = [];

  const partnership = (
    from: Party,
    to: Party,
    fields: {
      status: 'PROPOSED' | 'ACTIVE' | 'COMPLETED' | 'TERMINATED';
      reason?: string;
      ar: string;
      en: string;
      message: string;
      governorates: string[];
      targetGroups: string[];
      daysAgo: number;
      mou?: string;
      reference?: string;
    },
  ) => {
    const requestId = randomUUID();
    const id = randomUUID();
    const createdAt = new Date(now - fields.daysAgo * DAY);
    const activatedAt =
      fields.status === 'PROPOSED' || (fields.status === 'TERMINATED' && !fields.mou)
        ? null
        : new Date(createdAt.getTime() + 5 * DAY);
    const endedAt = fields.status === 'COMPLETED' || fields.status === 'TERMINATED' ? new Date(now - 2 * DAY) : null;
    requests.push({
      id: requestId,
      ...partyColumns('from_', from),
      ...partyColumns('to_', to),
      message: fields.message,
      status: 'ACCEPTED',
      created_at: new Date(createdAt.getTime() - 2 * DAY),
      answered_at: createdAt,
    });
    partnerships.push({
      id,
      kind: 'institution' in to || 'institution' in from ? 'CSO_INSTITUTION' : 'CSO_CSO',
      status: fields.status,
      purpose_ar: fields.ar,
      purpose_en: fields.en,
      governorate_codes: fields.governorates,
      target_group_codes: fields.targetGroups,
      starts_on: new Date(createdAt.getTime() + 7 * DAY).toISOString().slice(0, 10),
      ends_on: new Date(createdAt.getTime() + 372 * DAY).toISOString().slice(0, 10),
      mou_signed_on: fields.mou ?? null,
      agreement_reference: fields.reference ?? null,
      created_at: createdAt,
      activated_at: activatedAt,
      termination_reason: fields.status === 'TERMINATED' ? (fields.reason ?? null) : null,
      request_id: requestId,
    });
    members.push(
      {
        id: randomUUID(),
        partnership_id: id,
        ...partyColumns('', from),
        role: 'LEAD',
        position: 1,
        confirmed_at: activatedAt ?? createdAt,
      },
      {
        id: randomUUID(),
        partnership_id: id,
        ...partyColumns('', to),
        role: 'institution' in to ? 'PUBLIC_PARTNER' : 'PARTNER',
        position: 2,
        confirmed_at: activatedAt,
      },
    );
    history.push({ id: randomUUID(), partnership_id: id, to_status: 'PROPOSED', changed_at: createdAt });
    if (activatedAt) {
      history.push({
        id: randomUUID(),
        partnership_id: id,
        from_status: 'PROPOSED',
        to_status: 'ACTIVE',
        changed_at: activatedAt,
      });
    }
    if (endedAt) {
      history.push({
        id: randomUUID(),
        partnership_id: id,
        from_status: activatedAt ? 'ACTIVE' : 'PROPOSED',
        to_status: fields.status,
        reason: fields.status === 'TERMINATED' ? (fields.reason ?? null) : null,
        changed_at: endedAt,
      });
    }
    return requestId;
  };

  const day = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString().slice(0, 10);
  partnership(
    { organization: small.id },
    { organization: large.id },
    {
      status: 'ACTIVE',
      ar: 'ترافق الجمعية الكبيرة في عمّان جمعيةً صغيرة في المفرق في إدارتها المالية وتقاريرها للمانحين، وتنفّذان معاً خدمات للنساء في القرى.',
      en: 'A large Amman CSO coaches a small Mafraq CSO in financial management and donor reporting; together they deliver services for women in villages.',
      message: 'نحتاج إلى مرافقتكم في الإدارة المالية. | We need your coaching in financial management.',
      governorates: ['JO-MA', 'JO-AM'],
      targetGroups: ['WOMEN'],
      daysAgo: 60,
      mou: day(50),
      reference: 'MoU-2026-MA-AM-001',
    },
  );
  partnership(
    { organization: second.id },
    { institution: mafraqDirectorate },
    {
      status: 'ACTIVE',
      ar: 'تقدّم الجمعية خدمات نهارية للأشخاص ذوي الإعاقة في المفرق بالشراكة مع مديرية التنمية الاجتماعية.',
      en: 'The CSO delivers day services for persons with disabilities in Mafraq with the MoSD directorate.',
      message: 'نودّ تقديم الخدمات النهارية التي تحتاجونها. | We would like to deliver the day services you need.',
      governorates: ['JO-MA'],
      targetGroups: ['PERSONS_WITH_DISABILITIES'],
      daysAgo: 40,
      mou: day(32),
      reference: 'MOSD-MA-2026-17',
    },
  );
  partnership(
    { organization: third.id },
    { organization: otherLarge.id },
    {
      status: 'PROPOSED',
      ar: 'رصد وتقييم مشترك لبرنامج الدمج.',
      en: 'Joint monitoring and evaluation of an inclusion programme.',
      message: 'هل تساعدوننا في إطار الرصد والتقييم؟ | Could you help us with an M&E framework?',
      governorates: ['JO-MA'],
      targetGroups: [],
      daysAgo: 3,
    },
  );
  if (others.length > 0) {
    partnership(
      { organization: others[0]!.id },
      { organization: large.id },
      {
        status: 'COMPLETED',
        ar: 'دورة تدريبية مشتركة للمتطوعين في العمل مع كبار السن، أُنجزت خلال ستة أشهر.',
        en: 'A joint training course for volunteers working with the elderly, delivered over six months.',
        message: 'هل نتعاون في تدريب المتطوعين؟ | Shall we train volunteers together?',
        governorates: [others[0]!.governorate_code, 'JO-AM'],
        targetGroups: ['ELDERLY'],
        daysAgo: 240,
        mou: day(230),
        reference: 'MoU-2026-VOL-004',
      },
    );
  }
  partnership(
    { organization: second.id },
    { organization: otherLarge.id },
    {
      status: 'TERMINATED',
      reason: 'تغيّر تمويل البرنامج فتوقّف العمل المشترك. | The programme lost its funding and the joint work stopped.',
      ar: 'خدمات دعم نفسي اجتماعي للأطفال في المفرق.',
      en: 'Psychosocial support services for children in Mafraq.',
      message: 'نقترح العمل معاً في الدعم النفسي الاجتماعي. | We propose working together on psychosocial support.',
      governorates: ['JO-MA'],
      targetGroups: ['CHILDREN'],
      daysAgo: 120,
      mou: day(110),
      reference: 'MoU-2026-PSS-009',
    },
  );
  // requests still open, and one declined
  const pending = others;
  for (const [i, org] of pending.entries()) {
    requests.push({
      id: randomUUID(),
      from_organization_id: org.id,
      to_organization_id: i === 0 ? large.id : small.id,
      message: 'نبحث عن شريك في التدريب وبناء القدرات. | We look for a partner in training and capacity building.',
      status: 'PENDING',
      created_at: new Date(now - (i + 1) * DAY),
    });
  }
  requests.push({
    id: randomUUID(),
    from_organization_id: third.id,
    to_institution_id: mafraqDirectorate,
    message: 'نقترح حملة توعية مشتركة. | We propose a joint awareness campaign.',
    status: 'DECLINED',
    decline_reason: 'خطتنا لهذا العام مكتملة. | Our plan for this year is full.',
    created_at: new Date(now - 20 * DAY),
    answered_at: new Date(now - 18 * DAY),
  });
  // the demo owner's organisation (owner@demo: the first by Arabic name) sends one and receives one, so that its
  // requests page is not empty; never with the second demo organisation or the Mafraq directorate, which the browser
  // tests ask for partnerships themselves
  const [demoOrganization] = await knexRows<{ id: string }>(
    knex,
    'select id from organization order by name_ar nulls last, id limit 1',
  );
  const pairs = new Set(
    requests
      .filter((r) => r.status === 'PENDING')
      .map((r) => [r.from_organization_id, r.to_organization_id].sort().join(':')),
  );
  const pendingBetween = (from: string, to: string, message: string, daysAgo: number) => {
    if (from === to || pairs.has([from, to].sort().join(':'))) return;
    pairs.add([from, to].sort().join(':'));
    requests.push({
      id: randomUUID(),
      from_organization_id: from,
      to_organization_id: to,
      message,
      status: 'PENDING',
      created_at: new Date(now - daysAgo * DAY),
    });
  };
  if (demoOrganization) {
    pendingBetween(
      demoOrganization.id,
      large.id,
      'نودّ الاستفادة من خبرتكم في الإدارة المالية. | We would like to learn from your financial management.',
      2,
    );
    pendingBetween(
      small.id,
      demoOrganization.id,
      'نبحث عن شريك للتوعية في قرى المفرق. | We look for an outreach partner in the villages of Mafraq.',
      1,
    );
  }
  // requests first (partnerships name them), then the partnerships, then the accepted requests' links back
  const accepted = requests.filter((r) => r.status === 'ACCEPTED');
  await knex('partnership_request').insert(requests);
  await knex('partnership').insert(partnerships);
  await knex('partnership_member').insert(members);
  await knex('partnership_status_change').insert(history);
  for (const [i, request] of accepted.entries()) {
    await knex('partnership_request').where({ id: request.id }).update({ partnership_id: partnerships[i]!.id });
  }
  // the small Mafraq CSO's owner, a demo account of its own (unless it exists already)
  const [account] = await knexRows<{ id: string }>(knex, 'select id from auth_user where email = ?', [
    DEMO_MAFRAQ_ACCOUNT.email,
  ]);
  if (!account) {
    await createPerson(knex, {
      name: DEMO_MAFRAQ_ACCOUNT.name,
      email: DEMO_MAFRAQ_ACCOUNT.email,
      password: DEMO_PASSWORD,
      memberships: [{ organizationId: small.id, role: DEMO_MAFRAQ_ACCOUNT.role }],
    });
  }
  return partnerships.length;
}
