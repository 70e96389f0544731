/**
 * Every MikroORM entity of the API, listed explicitly: no folder scanning, so the server, the CLI and the tests
 * (tsx, compiled JavaScript, vitest) see the same set. A module adds its entities here.
 */
import type { EntityClass } from '@mikro-orm/core';

export const entities: EntityClass<unknown>[] = [];
