import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** The published 360Giving Data Standard schemas, vendored unchanged with their licence (test/fixtures/standards). */
const standardDir = path.join(import.meta.dirname, '..', 'fixtures', 'standards', '360giving');

function readSchema(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(standardDir, file), 'utf8')) as Record<string, unknown>;
}

/** Validators for one grant and for a whole package (`{ grants: [...] }`), with readable error lists. */
export interface ThreeSixtyGivingValidators {
  grant: ValidateFunction;
  package: ValidateFunction;
  /** The errors of one document, one line each (empty when it validates). */
  errorsOf(validate: ValidateFunction, document: unknown): string[];
}

export function threeSixtyGivingValidators(): ThreeSixtyGivingValidators {
  // The schemas name their meta-schema by its http:// address, Ajv's 2020-12 one is registered under https://:
  // the schemas themselves are not checked against it (the validation of documents is unchanged).
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats.default(ajv);
  const grantSchema = readSchema('360-giving-schema.json');
  const packageSchema = readSchema('360-giving-package-schema.json');
  ajv.addSchema(grantSchema);
  // The published package schema (1.4.3) still names the grant schema by its 1.4.2 address: the same schema
  // is registered under that address too, in memory, so the vendored files stay byte for byte as published.
  const items = (packageSchema.properties as { grants: { items: { $ref: string } } }).grants.items.$ref;
  if (items !== grantSchema.$id) ajv.addSchema({ ...grantSchema, $id: items });
  const grant = ajv.getSchema(grantSchema.$id as string);
  if (!grant) throw new Error('the 360Giving grant schema did not compile');
  const pkg = ajv.compile(packageSchema);
  return {
    grant,
    package: pkg,
    errorsOf(validate, document) {
      if (validate(document)) return [];
      return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
    },
  };
}
