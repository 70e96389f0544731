/**
 * Writes the GraphQL contract to schema/schema.graphql, or with --check fails when the committed file differs
 * from what the code emits (CI runs the check, so a changed API type without a regenerated contract is red).
 */
import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '../config.js';
import { printContract } from '../schema.js';

const target = path.join(repositoryRoot, 'schema', 'schema.graphql');
const emitted = await printContract();

if (process.argv.includes('--check')) {
  const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (committed !== emitted) {
    const a = committed.split('\n');
    const b = emitted.split('\n');
    const line = a.findIndex((l, i) => l !== b[i]);
    process.stderr.write(
      `schema/schema.graphql is out of date with the API code (first difference at line ${line + 1}: ` +
        `committed ${JSON.stringify(a[line] ?? '<end of file>')}, code emits ${JSON.stringify(b[line] ?? '<end of file>')}).\n` +
        'Run `pnpm schema:emit && pnpm codegen` and commit the result.\n',
    );
    process.exit(1);
  }
  process.stdout.write('schema/schema.graphql matches the API code\n');
} else {
  fs.writeFileSync(target, emitted);
  process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
}
