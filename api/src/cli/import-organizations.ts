/**
 * `pnpm import:organizations FILE.csv [--skip-invalid]`: imports an MoSD-style registry extract.
 * Reads the file as a stream (twice: checked whole, then imported), never whole in memory.
 * Checks every row first and prints a report (row, column, problem); a quote never closed spoils its row only. Any invalid row: nothing is written and the
 * exit code is 1, unless --skip-invalid is given (then the valid rows are imported and the others reported).
 * Rows are upserted by official identifier, so a second run of the same file changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { progressBar } from '../common/progress.js';
import { checkImportStream, directoryLoaders, importStream } from '../modules/directory/index.js';
import { runEntryPoint } from './entry-point.js';

const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
const skipInvalid = process.argv.includes('--skip-invalid');
if (!file) {
  process.stderr.write('usage: pnpm import:organizations FILE.csv [--skip-invalid]\n');
  process.exit(2);
}
// pnpm runs the script in api/: a relative path is the caller's, which pnpm passes as INIT_CWD
// eslint-disable-next-line no-restricted-syntax -- where the command was typed, not configuration
const filePath = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
try {
  fs.accessSync(filePath, fs.constants.R_OK);
} catch (error) {
  process.stderr.write(`cannot read ${file}: ${(error as Error).message}\n`);
  process.exit(2);
}
/** The file as a stream of text (read twice: checked whole first, then imported; never held in memory). */
const open = () => fs.createReadStream(filePath, { encoding: 'utf8' });

runEntryPoint({
  name: 'pnpm import:organizations',
  kind: 'command',
  async main({ openDatabase }) {
    const { orm } = await openDatabase({ poolMax: 2, migrate: true });
    const em = orm.em.fork();
    const lists = await directoryLoaders(em).codeLists();
    const check = await checkImportStream(open(), lists);
    for (const p of check.problems) process.stdout.write(`row ${p.row}\t${p.column || '-'}\t${p.problem}\n`);
    const invalidRows = new Set(check.problems.map((p) => p.row)).size;
    process.stdout.write(`${check.rows} rows: ${check.valid} valid, ${invalidRows} invalid\n`);
    if (check.fatal || (invalidRows > 0 && (!skipInvalid || check.valid === 0))) {
      process.stdout.write(
        'nothing imported' +
          (skipInvalid ? '' : ' (fix the rows above, or pass --skip-invalid to import the valid ones)') +
          '\n',
      );
      return 1;
    } else {
      const bar = progressBar(check.valid, 'import');
      const result = await importStream(em, open(), lists, (done) => bar.tick(done));
      bar.finish();
      process.stdout.write(
        `added ${result.added}, updated ${result.updated}, unchanged ${result.unchanged}, skipped ${invalidRows}\n`,
      );
    }
    return 0;
  },
});
