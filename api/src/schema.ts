import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './common/auth/auth-checker.js';
import type { NodeFetcher, PlatformModule } from './common/module/platform-module.js';
import { createNodeResolver } from './common/relay/node.resolver.js';
import { modules as platformModules } from './modules/index.js';

const built = new WeakMap<readonly PlatformModule[], Promise<GraphQLSchema>>();

/** The global-id types of every module, each fetched by its own module; a type declared twice is a mistake. */
export function nodeFetchers(modules: readonly PlatformModule[]): Record<string, NodeFetcher> {
  const fetchers: Record<string, NodeFetcher> = {};
  for (const module of modules) {
    for (const [type, fetch] of Object.entries(module.nodes ?? {})) {
      if (fetchers[type]) throw new Error(`node type ${type} is declared by two modules (${module.name})`);
      fetchers[type] = fetch;
    }
  }
  return fetchers;
}

/** The executable schema of a list of modules (built once per list). */
export function createSchema(modules: readonly PlatformModule[] = platformModules): Promise<GraphQLSchema> {
  let schema = built.get(modules);
  if (!schema) {
    schema = buildSchema({
      resolvers: [
        createNodeResolver(nodeFetchers(modules)),
        ...modules.flatMap((m) => m.resolvers ?? []),
      ] as unknown as NonEmptyArray<() => unknown>,
      authChecker,
      validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
      emitSchemaFile: false,
    }).then((schema) => {
      // type-graphql has no place for the root types' descriptions
      const query = schema.getQueryType();
      if (query)
        query.description =
          'Reads: the public directory and code lists for everyone; the rest by role (see the README).';
      const mutation = schema.getMutationType();
      if (mutation) {
        mutation.description =
          'Changes, each returning a payload with the object changed and userErrors (expected failures, next to their field).';
      }
      return schema;
    });
    built.set(modules, schema);
  }
  return schema;
}

const HEADER = [
  '# The public contract of the Shabaka GraphQL API.',
  '# Generated from the API code by `pnpm schema:emit`; do not edit. CI fails when it differs from the code.',
  '',
  '',
].join('\n');

/** The schema as committed in schema/schema.graphql: sorted, so that it only changes when the API does. */
export async function printContract(): Promise<string> {
  return `${HEADER}${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
