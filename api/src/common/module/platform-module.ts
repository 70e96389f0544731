/**
 * What a domain module gives the platform. Each `api/src/modules/<domain>/index.ts` exports one `PlatformModule`
 * (and whatever other modules may use of it); `api/src/modules/index.ts` lists them. The schema, the ORM's entities,
 * `node(id)`, the HTTP routes, authentication and the personal-data export and erasure are all built by looping over
 * that list, so adding a domain touches its own folder, one line of the list, and its migration.
 */
import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../../context.js';
import type { Viewer } from '../auth/viewer.js';
import type { HttpRoute } from '../http/routes.js';
import type { JobDefinition } from '../jobs/job-queue.js';
import type { PersonalDataSection } from '../personal-data/personal-data.js';
import type { Node } from '../relay/node.interface.js';
import type { Services } from './services.js';

/** Fetches one object of a type by the key inside its global id; null when there is none or the viewer may not see it. */
export type NodeFetcher = (ctx: GraphQLContext, key: string) => Promise<Node | null>;

/**
 * Builds the request's viewer from its credentials: null for the public; an `UnauthenticatedError` for credentials
 * that are malformed, unknown or revoked. One module (accounts) provides it.
 */
export type Authenticate = (request: {
  readonly headers: Headers;
  readonly em: EntityManager;
  readonly services: Services;
}) => Promise<Viewer | null>;

// type-graphql takes resolver classes as functions
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ResolverClass = Function;

/** An example query the API explorer opens in a tab of its own. */
export interface ExplorerExample {
  readonly title: string;
  readonly query: string;
  readonly variables?: Readonly<Record<string, unknown>>;
}

export interface PlatformModule {
  /** Short name, as its folder: `directory`. */
  readonly name: string;
  /** Its MikroORM entities (the tables it owns). */
  readonly entities?: readonly EntityClass<object>[];
  /** Its type-graphql resolvers (queries, mutations, field resolvers). */
  readonly resolvers?: readonly ResolverClass[];
  /** The types with a global id it owns, by type name, and how `node(id)` fetches each. */
  readonly nodes?: Readonly<Record<string, NodeFetcher>>;
  /** Its work that runs later (reminders, bulk documents): sent through `jobQueueService`, run by any API process. */
  readonly jobs?: readonly JobDefinition<never>[];
  /** Its plain HTTP endpoints (exports, uploads). */
  readonly routes?: readonly HttpRoute[];
  /** What it holds about a person, for the PDPL export and erasure. */
  readonly personalData?: PersonalDataSection;
  /** Example queries of its part of the API, for the explorer. */
  readonly examples?: readonly ExplorerExample[];
  /** How a request's credentials become its viewer (one module provides it). */
  readonly authenticate?: Authenticate;
  /**
   * Adds the module's fictional demo data to an empty platform (`pnpm start`, never in production), after the
   * modules before it in the list; says what it added (undefined when it added nothing).
   */
  readonly seedDemo?: (em: EntityManager) => Promise<string | undefined>;
}
