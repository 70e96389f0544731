import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from './common/logging/logger.js';
import type { Config } from './config.js';

/** What every resolver receives; built fresh for each GraphQL request (context function in app.ts). */
export interface GraphQLContext {
  /** A fork of the EntityManager for this request only: no identity map is shared between requests. */
  readonly em: EntityManager;
  /** Per-request DataLoaders, so one request batches its lookups and never sees another's cache. */
  readonly loaders: Loaders;
  readonly requestId: string;
  readonly logger: Logger;
  readonly config: Config;
  /** Filled in while the request runs, read by the request log (Apollo clones the context, so this is an object). */
  readonly trace: RequestTrace;
}

export interface RequestTrace {
  operationName?: string;
}

/**
 * The loaders of every module, keyed `<target>By<Key>`. A module adds its factory in `createLoaders`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- modules add their loaders here
export interface Loaders {}

export function createLoaders(_em: EntityManager): Loaders {
  return {};
}
