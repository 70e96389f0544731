/**
 * The public institutions of the demo data: the Ministry of Social Development and its directorate in each of the
 * 12 governorates, a few other ministries, municipalities and public agencies. Real bodies by name, with fictional
 * details (no contacts); slugs are stable so the README and the tests can name them.
 */
import type { InstitutionTypeValue } from '../partnerships.entities.js';

export interface DemoInstitution {
  slug: string;
  type: InstitutionTypeValue;
  governorate: string | null;
  ar: string;
  en: string;
  acronym?: string;
}

const DIRECTORATES: [code: string, slug: string, ar: string, en: string][] = [
  ['JO-AM', 'amman', 'العاصمة', 'Amman'],
  ['JO-BA', 'balqa', 'البلقاء', 'Balqa'],
  ['JO-AZ', 'zarqa', 'الزرقاء', 'Zarqa'],
  ['JO-MD', 'madaba', 'مادبا', 'Madaba'],
  ['JO-IR', 'irbid', 'إربد', 'Irbid'],
  ['JO-MA', 'mafraq', 'المفرق', 'Mafraq'],
  ['JO-JA', 'jerash', 'جرش', 'Jerash'],
  ['JO-AJ', 'ajloun', 'عجلون', 'Ajloun'],
  ['JO-KA', 'karak', 'الكرك', 'Karak'],
  ['JO-AT', 'tafilah', 'الطفيلة', 'Tafilah'],
  ['JO-MN', 'maan', 'معان', "Ma'an"],
  ['JO-AQ', 'aqaba', 'العقبة', 'Aqaba'],
];

export const DEMO_INSTITUTIONS: readonly DemoInstitution[] = [
  {
    slug: 'ministry-of-social-development',
    type: 'MINISTRY',
    governorate: null,
    ar: 'وزارة التنمية الاجتماعية',
    en: 'Ministry of Social Development',
    acronym: 'MoSD',
  },
  ...DIRECTORATES.map(([code, slug, ar, en]) => ({
    slug: `mosd-directorate-${slug}`,
    type: 'MOSD_DIRECTORATE' as const,
    governorate: code,
    ar: `مديرية التنمية الاجتماعية - ${ar}`,
    en: `Social Development Directorate - ${en}`,
  })),
  {
    slug: 'ministry-of-health',
    type: 'MINISTRY',
    governorate: null,
    ar: 'وزارة الصحة',
    en: 'Ministry of Health',
    acronym: 'MoH',
  },
  {
    slug: 'ministry-of-education',
    type: 'MINISTRY',
    governorate: null,
    ar: 'وزارة التربية والتعليم',
    en: 'Ministry of Education',
    acronym: 'MoE',
  },
  {
    slug: 'ministry-of-labour',
    type: 'MINISTRY',
    governorate: null,
    ar: 'وزارة العمل',
    en: 'Ministry of Labour',
    acronym: 'MoL',
  },
  {
    slug: 'ministry-of-local-administration',
    type: 'MINISTRY',
    governorate: null,
    ar: 'وزارة الإدارة المحلية',
    en: 'Ministry of Local Administration',
    acronym: 'MoLA',
  },
  {
    slug: 'greater-amman-municipality',
    type: 'MUNICIPALITY',
    governorate: 'JO-AM',
    ar: 'أمانة عمّان الكبرى',
    en: 'Greater Amman Municipality',
    acronym: 'GAM',
  },
  {
    slug: 'greater-irbid-municipality',
    type: 'MUNICIPALITY',
    governorate: 'JO-IR',
    ar: 'بلدية إربد الكبرى',
    en: 'Greater Irbid Municipality',
  },
  {
    slug: 'greater-mafraq-municipality',
    type: 'MUNICIPALITY',
    governorate: 'JO-MA',
    ar: 'بلدية المفرق الكبرى',
    en: 'Greater Mafraq Municipality',
  },
  {
    slug: 'greater-karak-municipality',
    type: 'MUNICIPALITY',
    governorate: 'JO-KA',
    ar: 'بلدية الكرك الكبرى',
    en: 'Greater Karak Municipality',
  },
  {
    slug: 'higher-council-for-the-rights-of-persons-with-disabilities',
    type: 'PUBLIC_AGENCY',
    governorate: null,
    ar: 'المجلس الأعلى لحقوق الأشخاص ذوي الإعاقة',
    en: 'Higher Council for the Rights of Persons with Disabilities',
    acronym: 'HCD',
  },
  {
    slug: 'national-aid-fund',
    type: 'PUBLIC_AGENCY',
    governorate: null,
    ar: 'صندوق المعونة الوطنية',
    en: 'National Aid Fund',
    acronym: 'NAF',
  },
];

/** The demo account acting for the MoSD directorate in Mafraq (listed in the README's demo accounts). */
export const DEMO_INSTITUTION_ACCOUNT = {
  email: 'institution@demo.shabaka.example',
  name: 'ريم العبادي (Reem Abbadi)',
  institution: 'mosd-directorate-mafraq',
  role: 'OWNER',
} as const;
