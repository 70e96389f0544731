import { describe, expect, it } from 'vitest';
import { breakingChanges, undeclared } from './breaking-changes.js';

const BEFORE = `type Query { organization(id: ID!): Organization }\ntype Organization { id: ID! acronym: String name: String! }`;

describe('breaking changes of the contract', () => {
  it('finds a removed field and a type change, and accepts an added field', async () => {
    const after = `type Query { organization(id: ID!): Organization }\ntype Organization { id: ID! name: Int! slug: String }`;
    const changes = await breakingChanges(BEFORE, after);
    expect(changes.map((c) => c.path).sort()).toEqual(['Organization.acronym', 'Organization.name']);
    expect(await breakingChanges(BEFORE, `${BEFORE.replace('name: String!', 'name: String! slug: String')}`)).toEqual(
      [],
    );
  });

  it('lets through only what schema/CHANGELOG.md declares', async () => {
    const after = `type Query { organization(id: ID!): Organization }\ntype Organization { id: ID! name: Int! }`;
    const changes = await breakingChanges(BEFORE, after);
    const changelog = '## 0.2.0\n- Removed `Organization.acronym`: it moved to `identifiers`.\n';
    expect(undeclared(changes, changelog).map((c) => c.path)).toEqual(['Organization.name']);
  });
});
