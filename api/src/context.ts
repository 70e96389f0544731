import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthContext } from './common/auth/auth-context.js';
import type { Logger } from './common/logging/logger.js';
import type { RequestLoaders } from './common/dataloader/request-loaders.js';
import type { Services } from './common/module/services.js';
import type { RateLimitDecision } from './common/rate-limit/rate-limiter.js';
import type { Config } from './config.js';

/** What every resolver receives; built fresh for each GraphQL request (http/graphql-handler.ts). */
export interface GraphQLContext extends AuthContext {
  /** A fork of the EntityManager for this request only: no identity map is shared between requests. */
  readonly em: EntityManager;
  /** Per-request DataLoaders of every module, made on first use (`ctx.loaders.of(organizationLoaders)`). */
  readonly loaders: RequestLoaders;
  /** What this API process holds for its modules (Better Auth, the email outbox, ...). */
  readonly services: Services;
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
