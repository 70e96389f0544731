import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../common/logging/logger.js';
import { modules } from './index.js';

/** Each module's demo data, in the modules' order (a module's demo data may rest on the modules before it). */
export async function seedDemo(em: EntityManager, logger: Logger): Promise<string[]> {
  const added: string[] = [];
  for (const module of modules) {
    const what = await module.seedDemo?.(em.fork());
    if (what) {
      added.push(what);
      logger.info({ module: module.name }, `demo data: ${what} added`);
    }
  }
  return added;
}
