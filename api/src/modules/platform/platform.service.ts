import fs from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { repositoryRoot } from '../../config.js';
import { migrationsList } from '../../migrations/index.js';
import type { DatabaseStatus, Platform } from './platform.type.js';
import path from 'node:path';

const apiVersion = (
  JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'api', 'package.json'), 'utf8')) as { version: string }
).version;

export const PLATFORM_TIME_ZONE = 'Asia/Amman';

export async function databaseStatus(em: EntityManager): Promise<DatabaseStatus> {
  const rows = await em.getConnection().execute<{ name: string }[]>('select name from mikro_orm_migrations');
  const applied = new Set(rows.map((r) => r.name.replace(/\.[jt]s$/, '')));
  return {
    reachable: true,
    migrationsApplied: applied.size,
    migrationsPending: migrationsList.filter((m) => !applied.has(m.name)).length,
  };
}

export async function platformInfo(em: EntityManager): Promise<Platform> {
  return {
    name: { ar: 'شبكة', en: 'Shabaka' },
    tagline: {
      ar: 'منصة مفتوحة لمنظمات المجتمع المدني في الأردن: الدليل والشراكات وبناء القدرات والمنح والنتائج',
      en: 'The open platform of civil society organisations in Jordan: directory, partnerships, training, grants and results',
    },
    version: apiVersion,
    timeZone: PLATFORM_TIME_ZONE,
    serverTime: new Date(),
    database: await databaseStatus(em),
  };
}
