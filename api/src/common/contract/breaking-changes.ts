/**
 * Breaking changes of the public contract: graphql-inspector's diff of two versions of schema/schema.graphql, and
 * which of its breaking changes schema/CHANGELOG.md declares (a line naming the change's path in backticks, e.g.
 * `Organization.acronym`). Third parties build on the schema: a breaking change is deliberate and written down.
 */
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export interface BreakingChange {
  path: string;
  message: string;
}

export async function breakingChanges(before: string, after: string): Promise<BreakingChange[]> {
  const changes = await diff(buildSchema(before), buildSchema(after));
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .map((change) => ({ path: change.path ?? '(schema)', message: change.message }));
}

/** The breaking changes the changelog does not declare. */
export function undeclared(changes: BreakingChange[], changelog: string): BreakingChange[] {
  return changes.filter((change) => !changelog.includes(`\`${change.path}\``));
}
