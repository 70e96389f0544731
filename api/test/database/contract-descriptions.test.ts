import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLArgument,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../src/config.js';

describe('the contract documents itself for third parties', () => {
  it('describes every type, field, argument and enum value', () => {
    const schema = buildSchema(fs.readFileSync(path.join(repositoryRoot, 'schema', 'schema.graphql'), 'utf8'));
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        const fields: Record<string, { name: string; description?: string | null; args?: readonly GraphQLArgument[] }> =
          type.getFields();
        for (const field of Object.values(fields)) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args ?? []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
