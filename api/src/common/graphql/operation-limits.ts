/**
 * Limits of one GraphQL operation, measured after parsing and validation and before any resolver runs (Apollo's
 * `didResolveOperation`), with the operation's variables: a cost rule that reads only literal arguments lets
 * `first: $n` through (measured here: 1,010,100 objects in one request). Each refusal is an HTTP 400 with a code, the
 * limit and the measured value.
 */
import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  OperationTypeNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination/page-size.js';

export const OPERATION_LIMITS = {
  /** Nesting of fields (`ofType` of introspection's type references not counted: GraphiQL's query needs 9 of them). */
  depth: 10,
  /** Aliased fields, `__typename` included. */
  aliases: 30,
  /** Directive uses. */
  directives: 20,
  /** Field selections, fragments expanded where they are spread. */
  fields: 400,
  /** Objects the operation can return: every connection multiplies its children by its `first`/`last`. */
  nodes: 5_000,
  /** Lexical tokens of the document (Apollo's parser stops beyond, with a 400). */
  tokens: 5_000,
} as const;

export type LimitName = Exclude<keyof typeof OPERATION_LIMITS, 'tokens'>;

export const LIMIT_CODES: Record<LimitName, string> = {
  depth: 'QUERY_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  directives: 'TOO_MANY_DIRECTIVES',
  fields: 'TOO_MANY_FIELDS',
  nodes: 'QUERY_TOO_COSTLY',
};

export interface OperationMeasure {
  depth: number;
  aliases: number;
  directives: number;
  fields: number;
  nodes: number;
}

export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): OperationMeasure {
  const measure: OperationMeasure = {
    depth: 0,
    aliases: 0,
    directives: operation.directives?.length ?? 0,
    fields: 0,
    nodes: 0,
  };
  const root =
    operation.operation === OperationTypeNode.QUERY
      ? schema.getQueryType()
      : operation.operation === OperationTypeNode.MUTATION
        ? schema.getMutationType()
        : schema.getSubscriptionType();

  const intValue = (node: ValueNode | undefined): number | undefined => {
    if (!node) return undefined;
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.VARIABLE) {
      const value = variables[node.name.value];
      return typeof value === 'number' ? value : undefined;
    }
    return undefined;
  };

  const visit = (
    set: SelectionSetNode,
    parent: GraphQLNamedType | null | undefined,
    depth: number,
    multiplier: number,
    seen: Set<string>,
  ): void => {
    for (const selection of set.selections) {
      measure.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        // validation refuses cycles; the guard keeps a hand-made document from looping
        if (!fragment || seen.has(fragment.name.value)) continue;
        measure.directives += fragment.directives?.length ?? 0;
        const type = schema.getType(fragment.typeCondition.name.value);
        visit(fragment.selectionSet, type, depth, multiplier, new Set([...seen, fragment.name.value]));
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        visit(selection.selectionSet, type, depth, multiplier, seen);
        continue;
      }
      measure.fields += 1;
      if (selection.alias) measure.aliases += 1;
      const name = selection.name.value;
      const fieldDepth = name === 'ofType' ? depth : depth + 1;
      measure.depth = Math.max(measure.depth, fieldDepth);
      if (!selection.selectionSet) continue;
      const definition = fieldOf(parent, name);
      let childMultiplier = multiplier;
      if (definition && definition.args.some((a) => a.name === 'first' || a.name === 'last')) {
        const argument = (argName: string) => selection.arguments?.find((a) => a.name.value === argName)?.value;
        const size = intValue(argument('first')) ?? intValue(argument('last')) ?? DEFAULT_PAGE_SIZE;
        childMultiplier = multiplier * Math.max(0, Math.min(size, MAX_PAGE_SIZE));
        measure.nodes += childMultiplier;
      }
      visit(
        selection.selectionSet,
        definition ? namedType(definition.type) : undefined,
        fieldDepth,
        childMultiplier,
        seen,
      );
    }
  };
  visit(operation.selectionSet, root, 0, 1, new Set());
  return measure;
}

// duck-typed rather than graphql's isObjectType/getNamedType: their instanceof checks fail when a test runner loads
// graphql twice (ESM and CommonJS)
function fieldOf(
  parent: GraphQLNamedType | null | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (!parent || !('getFields' in parent)) return undefined;
  return (parent.getFields() as Record<string, GraphQLField<unknown, unknown> | undefined>)[name];
}

function namedType(type: GraphQLType): GraphQLNamedType {
  let current: GraphQLType = type;
  while ('ofType' in current && current.ofType) current = current.ofType as GraphQLType;
  return current as GraphQLNamedType;
}

/** The first limit the measure exceeds, as the error to answer with (HTTP 400), or undefined. */
export function limitError(measure: OperationMeasure): GraphQLError | undefined {
  for (const name of Object.keys(LIMIT_CODES) as LimitName[]) {
    const limit = OPERATION_LIMITS[name];
    if (measure[name] > limit) {
      return new GraphQLError(`The operation exceeds the ${name} limit: ${measure[name]} (at most ${limit})`, {
        extensions: {
          code: LIMIT_CODES[name],
          limit: { name, max: limit, measured: measure[name] },
          http: { status: 400 },
        },
      });
    }
  }
  return undefined;
}

/**
 * Directives written in a document, counted from its tokens before it is parsed or validated: validation would
 * answer each unknown directive with an error of its own (100 `@aa` gave 100 errors). Stops counting past the limit
 * or the token limit; a document that does not lex is left to the parser's own error.
 */
export function countWrittenDirectives(source: string): number {
  const lexer = new Lexer(new Source(source));
  let directives = 0;
  try {
    for (let tokens = 0; tokens < OPERATION_LIMITS.tokens; tokens += 1) {
      const token = lexer.advance();
      if (token.kind === TokenKind.EOF) break;
      if (token.kind === TokenKind.AT && ++directives > OPERATION_LIMITS.directives) break;
    }
  } catch {
    return directives;
  }
  return directives;
}

/** The refusal of a document with more written directives than the limit, or undefined. */
export function writtenDirectivesError(source: unknown): GraphQLError | undefined {
  if (typeof source !== 'string') return undefined;
  const measured = countWrittenDirectives(source);
  return measured > OPERATION_LIMITS.directives
    ? limitError({ depth: 0, aliases: 0, directives: measured, fields: 0, nodes: 0 })
    : undefined;
}
