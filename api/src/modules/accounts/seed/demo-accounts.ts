/**
 * One demo account per role, attached to demo organisations, so every flow can be tried at once on the quick start.
 * Created only with the demo data (never in production: config.seedDemo is false there) and only when no account
 * exists yet. The README lists them.
 */
import type { Knex } from '@mikro-orm/postgresql';
import type { MemberRoleName, PlatformRoleName } from '../../../common/auth/viewer.js';
import { knexRows } from '../../../database/sql.js';
import { createPerson } from '../people.js';

export const DEMO_PASSWORD = 'Jasmine-Demo-2026';

export const DEMO_ACCOUNTS: {
  email: string;
  name: string;
  roles?: PlatformRoleName[];
  /** Role in the first (or second) demo organisation by Arabic name. */
  member?: { organization: 0 | 1; role: MemberRoleName };
}[] = [
  { email: 'owner@demo.shabaka.example', name: 'رنا الحداد (Rana Haddad)', member: { organization: 0, role: 'OWNER' } },
  {
    email: 'editor@demo.shabaka.example',
    name: 'سامر النجار (Samer Najjar)',
    member: { organization: 0, role: 'EDITOR' },
  },
  {
    email: 'viewer@demo.shabaka.example',
    name: 'ليلى خليل (Layla Khalil)',
    member: { organization: 0, role: 'VIEWER' },
  },
  { email: 'owner2@demo.shabaka.example', name: 'عمر صالح (Omar Saleh)', member: { organization: 1, role: 'OWNER' } },
  { email: 'reviewer@demo.shabaka.example', name: 'هدى ناصر (Huda Nasser)', roles: ['REVIEWER'] },
  { email: 'reviewer2@demo.shabaka.example', name: 'طارق عبيدات (Tariq Obeidat)', roles: ['REVIEWER'] },
  { email: 'officer@demo.shabaka.example', name: 'يوسف العلي (Yousef Ali)', roles: ['PROGRAMME_OFFICER'] },
  { email: 'mosd@demo.shabaka.example', name: 'منى الزعبي (Muna Zoubi)', roles: ['MOSD_OFFICIAL'] },
  { email: 'admin@demo.shabaka.example', name: 'خالد الرواشدة (Khaled Rawashdeh)', roles: ['ADMINISTRATOR'] },
  { email: 'person@demo.shabaka.example', name: 'دينا مراد (Dina Murad)' },
];

/** Creates the demo accounts when there is no account yet; returns how many. */
export async function seedDemoAccounts(knex: Knex): Promise<number> {
  const [existing] = await knexRows<{ n: number }>(knex, 'select count(*)::int as n from auth_user', []);
  if ((existing?.n ?? 0) > 0) return 0;
  const organizations = await knexRows<{ id: string }>(
    knex,
    'select id from organization order by name_ar nulls last, id limit 2',
    [],
  );
  for (const account of DEMO_ACCOUNTS) {
    const organization = account.member ? organizations[account.member.organization] : undefined;
    await createPerson(knex, {
      name: account.name,
      email: account.email,
      password: DEMO_PASSWORD,
      roles: account.roles,
      memberships:
        organization && account.member ? [{ organizationId: organization.id, role: account.member.role }] : [],
    });
  }
  return DEMO_ACCOUNTS.length;
}
