/**
 * Fictional organisations for the demo and for scale tests: plausible Arabic and English names, missions, places
 * and scores, built from word lists with a seeded random generator (the same seed gives the same data). No real
 * organisation's data: names are combinations, websites and emails use the reserved `.example` domain, and phone
 * numbers the 555 range.
 */
import { createHash } from 'node:crypto';
import type { NewOrganization } from '../organization.bulk.js';

/** A small, fast, seedable generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: [ar: string, en: string, legalForm: string][] = [
  ['جمعية', 'Society', 'SOCIETY'],
  ['جمعية خيرية', 'Charitable Society', 'CHARITY'],
  ['مؤسسة', 'Foundation', 'FOUNDATION'],
  ['منتدى', 'Forum', 'NGO'],
  ['مركز', 'Centre', 'NGO'],
  ['رابطة', 'Association', 'COMMUNITY_BASED'],
  ['ملتقى', 'Network', 'COMMUNITY_BASED'],
  ['الجمعية التعاونية', 'Cooperative', 'COOPERATIVE'],
  ['شركة', 'Company (non-profit)', 'NON_PROFIT_COMPANY'],
];

const NAMES: [ar: string, en: string][] = [
  ['الأمل', 'Al-Amal'],
  ['النور', 'Al-Nour'],
  ['الخير', 'Al-Khair'],
  ['الوفاء', 'Al-Wafaa'],
  ['الإحسان', 'Al-Ihsan'],
  ['البركة', 'Al-Baraka'],
  ['الرحمة', 'Al-Rahma'],
  ['السلام', 'Al-Salam'],
  ['الفجر', 'Al-Fajr'],
  ['الغد', 'Al-Ghad'],
  ['الياسمين', 'Al-Yasmeen'],
  ['الزيتون', 'Al-Zaytoun'],
  ['الكرامة', 'Al-Karama'],
  ['العطاء', 'Al-Ataa'],
  ['التضامن', 'Al-Tadamon'],
  ['الشروق', 'Al-Shorouq'],
  ['الهُدى', 'Al-Huda'],
  ['النهضة', 'Al-Nahda'],
  ['الريادة', 'Al-Riyada'],
  ['المستقبل', 'Al-Mustaqbal'],
  ['سنابل', 'Sanabel'],
  ['إشراقة', 'Ishraqa'],
  ['بسمة', 'Basma'],
  ['نماء', 'Namaa'],
  ['أجيال', 'Ajyal'],
  ['رواد', 'Ruwwad Al-Khair'],
  ['جسور', 'Jusoor'],
  ['واحة', 'Waha'],
];

/** [ar, en, sector, target groups] */
const PURPOSES: [string, string, string, string[]][] = [
  [
    'لتنمية المجتمع المحلي',
    'for Local Community Development',
    'COMMUNITY_DEVELOPMENT',
    ['LOW_INCOME_HOUSEHOLDS', 'HOST_COMMUNITIES'],
  ],
  ['لرعاية الأيتام', 'for Orphan Care', 'CHILD_PROTECTION', ['ORPHANS', 'CHILDREN']],
  ['للأشخاص ذوي الإعاقة', 'for Persons with Disabilities', 'DISABILITY_INCLUSION', ['PERSONS_WITH_DISABILITIES']],
  ['لتمكين المرأة', "for Women's Empowerment", 'LIVELIHOODS', ['WOMEN', 'FEMALE_HEADED_HOUSEHOLDS']],
  ['للشباب', 'for Youth', 'EDUCATION', ['YOUTH']],
  ['لرعاية المسنين', 'for Elderly Care', 'ELDERLY_CARE', ['ELDERLY']],
  ['للتنمية الاجتماعية', 'for Social Development', 'SOCIAL_ASSISTANCE', ['LOW_INCOME_HOUSEHOLDS']],
  ['للتعليم والتدريب', 'for Education and Training', 'EDUCATION', ['YOUTH', 'CHILDREN']],
  ['للحماية الاجتماعية', 'for Social Protection', 'SOCIAL_ASSISTANCE', ['LOW_INCOME_HOUSEHOLDS', 'REFUGEES']],
  ['للابتكار الاجتماعي', 'for Social Innovation', 'SOCIAL_INNOVATION', ['YOUTH', 'WOMEN']],
  ['للدمج المجتمعي', 'for Community Inclusion', 'DEINSTITUTIONALISATION', ['PERSONS_WITH_DISABILITIES', 'CHILDREN']],
  ['للصحة النفسية', 'for Mental Health', 'HEALTH', ['REFUGEES', 'WOMEN']],
];

const MISSION_VERBS: [string, string][] = [
  ['تعمل على تحسين الظروف المعيشية', 'works to improve the living conditions'],
  ['تقدّم خدمات الدعم والإرشاد', 'provides support and counselling'],
  ['تسعى إلى تعزيز الاعتماد على الذات', 'seeks to strengthen the self-reliance'],
  ['تنفّذ برامج التدريب والتأهيل', 'runs training and rehabilitation programmes'],
];

const GROUP_WORDS: Record<string, [string, string]> = {
  WOMEN: ['النساء', 'women'],
  YOUTH: ['الشباب', 'young people'],
  CHILDREN: ['الأطفال', 'children'],
  PERSONS_WITH_DISABILITIES: ['الأشخاص ذوي الإعاقة', 'persons with disabilities'],
  ELDERLY: ['كبار السن', 'older people'],
  LOW_INCOME_HOUSEHOLDS: ['الأسر ذات الدخل المحدود', 'low-income households'],
  REFUGEES: ['اللاجئين', 'refugees'],
  HOST_COMMUNITIES: ['المجتمعات المستضيفة', 'host communities'],
  ORPHANS: ['الأيتام', 'orphans'],
  FEMALE_HEADED_HOUSEHOLDS: ['الأسر التي تعيلها نساء', 'female-headed households'],
};

/** Governorates with a centre point and a few districts (Arabic, English). */
const PLACES: [code: string, ar: string, en: string, lat: number, lon: number, districts: [string, string][]][] = [
  [
    'JO-AM',
    'عمّان',
    'Amman',
    31.95,
    35.91,
    [
      ['قصبة عمّان', 'Qasabat Amman'],
      ['ماركا', 'Marka'],
      ['سحاب', 'Sahab'],
      ['الجيزة', 'Al-Jiza'],
    ],
  ],
  [
    'JO-BA',
    'البلقاء',
    'Balqa',
    32.04,
    35.73,
    [
      ['قصبة السلط', 'Qasabat As-Salt'],
      ['دير علا', 'Deir Alla'],
      ['الشونة الجنوبية', 'South Shuna'],
    ],
  ],
  [
    'JO-AZ',
    'الزرقاء',
    'Zarqa',
    32.07,
    36.09,
    [
      ['قصبة الزرقاء', 'Qasabat Az-Zarqa'],
      ['الرصيفة', 'Russeifa'],
      ['الهاشمية', 'Hashimiya'],
    ],
  ],
  [
    'JO-MD',
    'مادبا',
    'Madaba',
    31.72,
    35.79,
    [
      ['قصبة مادبا', 'Qasabat Madaba'],
      ['ذيبان', 'Dhiban'],
    ],
  ],
  [
    'JO-IR',
    'إربد',
    'Irbid',
    32.55,
    35.85,
    [
      ['قصبة إربد', 'Qasabat Irbid'],
      ['الرمثا', 'Ramtha'],
      ['الكورة', 'Al-Koura'],
      ['بني كنانة', 'Bani Kinana'],
    ],
  ],
  [
    'JO-MA',
    'المفرق',
    'Mafraq',
    32.34,
    36.21,
    [
      ['قصبة المفرق', 'Qasabat Al-Mafraq'],
      ['البادية الشمالية', 'Northern Badia'],
    ],
  ],
  ['JO-JA', 'جرش', 'Jerash', 32.28, 35.9, [['قصبة جرش', 'Qasabat Jerash']]],
  [
    'JO-AJ',
    'عجلون',
    'Ajloun',
    32.33,
    35.75,
    [
      ['قصبة عجلون', 'Qasabat Ajloun'],
      ['كفرنجة', 'Kufranja'],
    ],
  ],
  [
    'JO-KA',
    'الكرك',
    'Karak',
    31.18,
    35.7,
    [
      ['قصبة الكرك', 'Qasabat Al-Karak'],
      ['المزار الجنوبي', 'Southern Mazar'],
      ['الأغوار الجنوبية', 'Southern Ghor'],
    ],
  ],
  [
    'JO-AT',
    'الطفيلة',
    'Tafilah',
    30.84,
    35.6,
    [
      ['قصبة الطفيلة', 'Qasabat At-Tafilah'],
      ['بصيرا', 'Busaira'],
    ],
  ],
  [
    'JO-MN',
    'معان',
    "Ma'an",
    30.19,
    35.73,
    [
      ['قصبة معان', "Qasabat Ma'an"],
      ['البتراء', 'Petra'],
      ['الشوبك', 'Shoubak'],
    ],
  ],
  [
    'JO-AQ',
    'العقبة',
    'Aqaba',
    29.53,
    35.01,
    [
      ['قصبة العقبة', 'Qasabat Al-Aqaba'],
      ['القويرة', 'Al-Quwaira'],
    ],
  ],
];
/** Roughly where Jordan's CSOs are registered: most in Amman, Irbid and Zarqa. */
const PLACE_WEIGHTS = [30, 7, 10, 4, 16, 6, 4, 3, 7, 3, 5, 5];

const BUDGETS = ['UNDER_10K', 'FROM_10K_TO_50K', 'FROM_50K_TO_250K', 'FROM_250K_TO_1M', 'OVER_1M'] as const;
const BUDGET_WEIGHTS = [35, 35, 18, 9, 3];
const VERIFICATION_WEIGHTS: [string, number][] = [
  ['VERIFIED', 55],
  ['PENDING', 15],
  ['UNVERIFIED', 25],
  ['REJECTED', 5],
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function weighted<T>(random: () => number, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i]!;
    if (r < 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A deterministic UUID (v4 layout) from the seed and index, so reruns produce the same ids. */
function stableUuid(seed: number, index: number): string {
  const hex = createHash('sha256').update(`shabaka-org:${seed}:${index}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The organisation number `index` of a generated set. Indexes are unique across runs with different `offset`s,
 * so a scale run can add to an existing set without colliding slugs or identifiers.
 */
export function generateOrganization(seed: number, index: number): NewOrganization {
  const random = seededRandom(seed * 1_000_003 + index);
  const [kindAr, kindEn, legalForm] = pick(random, KINDS);
  const [nameAr, nameEn] = pick(random, NAMES);
  const [purposeAr, purposeEn, sector, groups] = pick(random, PURPOSES);
  const [governorate, placeAr, placeEn, lat, lon, districts] = weighted(random, PLACES, PLACE_WEIGHTS);
  const [districtAr, districtEn] = pick(random, districts);
  // large sets repeat name patterns: a branch number keeps names distinguishable, as registries do
  const branch = index >= 2000 ? ` ${Math.floor(index / 2000) + 1}` : '';
  const fullAr = `${kindAr} ${nameAr} ${purposeAr} - ${placeAr}${branch}`;
  const fullEn = `${nameEn} ${kindEn} ${purposeEn} - ${placeEn}${branch}`;
  const onlyArabic = random() < 0.12;
  // the demo set (seed 1) has short slugs; other sets carry their seed so sets never collide
  const suffix = seed === 1 ? `${index + 1}` : `${seed}-${index + 1}`;
  const slug = `${slugify(`${nameEn} ${kindEn} ${placeEn}`).slice(0, 100)}-${suffix}`;
  const foundingYear = 1960 + Math.floor(random() * 65);
  const extraGroup = pick(random, Object.keys(GROUP_WORDS));
  const targetGroups = [...new Set([...groups, ...(random() < 0.5 ? [extraGroup] : [])])];
  const sectors = [...new Set([sector, ...(random() < 0.3 ? [pick(random, PURPOSES)[2]] : [])])];
  const [verbAr, verbEn] = pick(random, MISSION_VERBS);
  const groupsAr = targetGroups.map((g) => GROUP_WORDS[g]![0]).join(' و');
  const groupsEn = targetGroups.map((g) => GROUP_WORDS[g]![1]).join(' and ');
  const verification = weighted(
    random,
    VERIFICATION_WEIGHTS.map(([s]) => s),
    VERIFICATION_WEIGHTS.map(([, w]) => w),
  );
  const created = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 700) * 86_400_000);
  const msd = `${2}${String(seed % 10)}${String(index + 1).padStart(11, '0')}`;
  const assessments = random() < 0.7 ? 1 + Math.floor(random() * 3) : 0;
  const base = 1 + Math.floor(random() * 3);
  const score = (): number => Math.max(1, Math.min(5, base + Math.floor(random() * 3) - 1));

  return {
    id: stableUuid(seed, index),
    slug,
    nameAr: fullAr,
    nameEn: onlyArabic ? null : fullEn,
    acronym: random() < 0.15 ? nameEn.replace(/[^A-Z]/g, '').slice(0, 6) + 'S' : null,
    legalFormCode: legalForm,
    foundingYear,
    status: random() < 0.93 ? 'ACTIVE' : random() < 0.6 ? 'SUSPENDED' : 'DISSOLVED',
    governorateCode: governorate,
    district: onlyArabic ? districtAr : districtEn,
    localityType: random() < 0.62 ? 'URBAN' : 'RURAL',
    addressAr: `${districtAr}، ${placeAr}`,
    addressEn: onlyArabic ? null : `${districtEn}, ${placeEn}`,
    latitude: Math.round((lat + (random() - 0.5) * 0.2) * 1e5) / 1e5,
    longitude: Math.round((lon + (random() - 0.5) * 0.2) * 1e5) / 1e5,
    missionAr: `${kindAr} ${nameAr} ${verbAr} ل${groupsAr} في ${districtAr} ومحيطها منذ عام ${foundingYear}.`,
    missionEn: onlyArabic
      ? null
      : `${nameEn} ${verbEn} of ${groupsEn} in ${districtEn} and around since ${foundingYear}.`,
    staffCount: Math.floor(random() * random() * 60),
    volunteerCount: Math.floor(random() * 120),
    budgetBand: weighted(random, BUDGETS, BUDGET_WEIGHTS),
    website: random() < 0.4 ? `https://${slug}.example` : null,
    socialLinks: random() < 0.6 ? [{ kind: 'facebook', url: `https://facebook.example/${slug}` }] : [],
    verificationState: verification,
    verifiedAt:
      verification === 'VERIFIED' || verification === 'REJECTED' ? new Date(created.getTime() + 30 * 86_400_000) : null,
    createdAt: created,
    updatedAt: new Date(created.getTime() + Math.floor(random() * 200) * 86_400_000),
    identifiers:
      legalForm === 'NON_PROFIT_COMPANY'
        ? [{ scheme: 'JO-CCD', identifier: `${seed % 100}`.padStart(2, '0') + `${index + 1}`.padStart(8, '0') }]
        : [{ scheme: 'JO-MSD', identifier: msd }],
    sectors,
    targetGroups,
    contacts: [
      {
        visibility: 'PUBLIC',
        name: null,
        role: null,
        email: `info@${slug}.example`,
        phone: `+962 6 555 ${String(index % 10000).padStart(4, '0')}`,
      },
      { visibility: 'PRIVATE', name: 'Demo Contact', role: 'Director', email: `director@${slug}.example`, phone: null },
    ],
    assessments: Array.from({ length: assessments }, (_, k) => ({
      assessedOn: `${2024 + k}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
      governance: score(),
      finance: score(),
      humanResources: score(),
      programmeDelivery: score(),
      monitoringEvaluation: score(),
      advocacy: score(),
    })),
  };
}
