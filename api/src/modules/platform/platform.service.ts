import fs from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { repositoryRoot } from '../../config.js';
import { databaseStatus } from '../../database/status.js';
import type { Platform } from './platform.type.js';
import path from 'node:path';

const apiVersion = (
  JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'api', 'package.json'), 'utf8')) as { version: string }
).version;

export const PLATFORM_TIME_ZONE = 'Asia/Amman';

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
