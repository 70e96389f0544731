/**
 * `pnpm import:organizations FILE.csv [--skip-invalid]`: imports an MoSD-style registry extract.
 * Checks every row first and prints a report (row, column, problem). Any invalid row: nothing is written and the
 * exit code is 1, unless --skip-invalid is given (then the valid rows are imported and the others reported).
 * Rows are upserted by official identifier, so a second run of the same file changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { progressBar } from '../common/progress.js';
import { applyImport, directoryLoaders, planImport } from '../modules/directory/index.js';
import { runEntryPoint } from './entry-point.js';

const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
const skipInvalid = process.argv.includes('--skip-invalid');
if (!file) {
  process.stderr.write('usage: pnpm import:organizations FILE.csv [--skip-invalid]\n');
  process.exit(2);
}
let content: string;
try {
  // pnpm runs the script in api/: a relative path is the caller's, which pnpm passes as INIT_CWD
  // eslint-disable-next-line no-restricted-syntax -- where the command was typed, not configuration
  content = fs.readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8');
} catch (error) {
  process.stderr.write(`cannot read ${file}: ${(error as Error).message}\n`);
  process.exit(2);
}

runEntryPoint({
  name: 'pnpm import:organizations',
  kind: 'command',
  async main({ openDatabase }) {
    const { orm } = await openDatabase({ poolMax: 2, migrate: true });
    const em = orm.em.fork();
    const plan = planImport(content, await directoryLoaders(em).codeLists());
    for (const p of plan.problems) process.stdout.write(`row ${p.row}\t${p.column || '-'}\t${p.problem}\n`);
    const invalidRows = new Set(plan.problems.map((p) => p.row)).size;
    process.stdout.write(`${plan.rows} rows: ${plan.records.length} valid, ${invalidRows} invalid\n`);
    if (invalidRows > 0 && (!skipInvalid || plan.records.length === 0)) {
      process.stdout.write(
        'nothing imported' +
          (skipInvalid ? '' : ' (fix the rows above, or pass --skip-invalid to import the valid ones)') +
          '\n',
      );
      return 1;
    } else {
      const bar = progressBar(plan.records.length, 'import');
      const result = await applyImport(em, plan.records, (done) => bar.tick(done));
      bar.finish();
      process.stdout.write(
        `added ${result.added}, updated ${result.updated}, unchanged ${result.unchanged}, skipped ${invalidRows}\n`,
      );
    }
    return 0;
  },
});
