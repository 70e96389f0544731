import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { limitError, measureOperation } from './operation-limits.js';

// nested connections, as the directory will have once organisations list their grants and their grants their reports
const schema = buildSchema(`
  type Query { organizations(first: Int, last: Int): OrgConnection }
  type OrgConnection { nodes: [Org] }
  type Org { name: String, grants(first: Int): GrantConnection, type: T }
  type GrantConnection { nodes: [Grant] }
  type Grant { reports(first: Int): ReportConnection }
  type ReportConnection { nodes: [Report] }
  type Report { title: String }
  type T { ofType: T, name: String }
`);

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return measureOperation(schema, operation, fragments, variables);
}

const NESTED = `query($n: Int!) { organizations(first: $n) { nodes { grants(first: $n) { nodes { reports(first: $n) { nodes { title } } } } } } }`;

describe('measureOperation', () => {
  it('multiplies nested connections by first/last read from the variables, and refuses the product over 5,000', () => {
    const measured = measure(NESTED, { n: 100 });
    expect(measured.nodes).toBe(100 + 100 * 100 + 100 * 100 * 100);
    expect(limitError(measured)?.extensions).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      limit: { name: 'nodes', max: 5000, measured: 1_010_100 },
      http: { status: 400 },
    });
    expect(limitError(measure(NESTED, { n: 10 }))).toBeUndefined();
  });

  it('counts a connection without first or last at the default page size, through fragments', () => {
    const measured = measure(
      `{ organizations { ...F } } fragment F on OrgConnection { nodes { grants { nodes { reports(first: 3) { nodes { title } } } } } }`,
    );
    expect(measured.nodes).toBe(20 + 20 * 20 + 20 * 20 * 3);
  });

  it('measures depth (ofType chains of introspection aside), aliases, fields and directives', () => {
    const measured = measure(
      `{ a: organizations(first: 1) { nodes { name @include(if: true) type { ofType { ofType { name } } } } } b: organizations(first: 1) { nodes { __typename } } }`,
    );
    expect(measured).toMatchObject({ depth: 4, aliases: 2, directives: 1, fields: 10 });
  });

  it('refuses an operation nested deeper than 10 fields', () => {
    const deep = `{ organizations(first: 2) { nodes { grants(first: 2) { nodes { reports(first: 2) { nodes { title } } } } } } }`;
    expect(measure(deep).depth).toBe(7);
    expect(limitError(measure(deep))).toBeUndefined();
    const tooDeep = limitError({ depth: 11, aliases: 0, directives: 0, fields: 11, nodes: 0 });
    expect(tooDeep?.extensions).toMatchObject({
      code: 'QUERY_TOO_DEEP',
      limit: { name: 'depth', max: 10, measured: 11 },
    });
  });
});
