import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from './common/logging/logger.js';
import type { Config } from './config.js';
import type { Viewer } from './common/auth/viewer.js';
import type { RateLimitDecision } from './common/rate-limit/rate-limiter.js';
import type { AuthService } from './modules/accounts/auth.service.js';
import { createDirectoryLoaders, type DirectoryLoaders } from './modules/directory/organization.loaders.js';
import { createMembershipLoaders, type MembershipLoaders } from './modules/membership/membership.loaders.js';

/** What every resolver receives; built fresh for each GraphQL request (context function in app.ts). */
export interface GraphQLContext {
  /** A fork of the EntityManager for this request only: no identity map is shared between requests. */
  readonly em: EntityManager;
  /** Per-request DataLoaders, so one request batches its lookups and never sees another's cache. */
  readonly loaders: Loaders;
  /** Who is asking: null for the public (no credentials). */
  readonly viewer: Viewer | null;
  readonly accounts: AuthService;
  /** The HTTP exchange: headers as Better Auth reads them, and cookies to set on the response. */
  readonly http: { readonly headers: Headers; readonly clientAddress: string; readonly setCookies: string[] };
  readonly requestId: string;
  readonly logger: Logger;
  readonly config: Config;
  /** Filled in while the request runs, read by the request log (Apollo clones the context, so this is an object). */
  readonly trace: RequestTrace;
}

export interface RequestTrace {
  operationName?: string;
  /** Objects the operation could return (its cost, see operation-limits.ts). */
  nodes?: number;
  /** The API token that authenticated the request, if any (never the person's name or email). */
  tokenId?: string;
  /** What the operation cost against the rate limit. */
  rateLimit?: RateLimitDecision;
}

/** The loaders of every module (`<target>By<Key>` DataLoaders), created per request; a module adds its own here. */
export interface Loaders {
  directory: DirectoryLoaders;
  membership: MembershipLoaders;
}

export function createLoaders(em: EntityManager): Loaders {
  return { directory: createDirectoryLoaders(em), membership: createMembershipLoaders(em) };
}
