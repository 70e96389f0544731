/**
 * `pnpm import:sanctions FILE.csv`: replaces the grants screening list with a restrictive-measures list in the EU
 * consolidated financial sanctions list's published CSV format (';'-separated), in one transaction, then screens
 * every submitted application again. The same as the officers' `grantScreeningListImport` mutation, from a shell.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sqlRows } from '../database/sql.js';
import { importSanctionsList, screenApplication } from '../modules/grants/index.js';
import { runEntryPoint } from './entry-point.js';

const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!file) {
  process.stderr.write('usage: pnpm import:sanctions FILE.csv\n');
  process.exit(2);
}
// pnpm runs the script in api/: a relative path is the caller's, which pnpm passes as INIT_CWD
// eslint-disable-next-line no-restricted-syntax -- where the command was typed, not configuration
const filePath = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
let content: string;
try {
  content = fs.readFileSync(filePath, 'utf8');
} catch (error) {
  process.stderr.write(`cannot read ${file}: ${(error as Error).message}\n`);
  process.exit(2);
}

runEntryPoint({
  name: 'pnpm import:sanctions',
  kind: 'command',
  async main({ openDatabase }) {
    const { orm } = await openDatabase({ poolMax: 2, migrate: true });
    const em = orm.em.fork();
    const result = await importSanctionsList(
      em,
      content,
      path.basename(filePath),
      { userId: null, requestId: null },
      null,
    );
    if ('errors' in result) {
      for (const e of result.errors) process.stdout.write(`nothing imported: ${e.message}\n`);
      return 1;
    }
    process.stdout.write(
      `imported ${result.ok.entryCount} entries (published ${result.ok.publishedOn ?? 'date not given'})\n`,
    );
    const live = await sqlRows<{ id: string }>(
      em,
      `select id from grant_application where status in ('SUBMITTED', 'INELIGIBLE') order by id`,
    );
    let potential = 0;
    for (const a of live) potential += await em.fork().transactional((tx) => screenApplication(tx, a.id));
    process.stdout.write(`screened ${live.length} applications: ${potential} potential hits to review\n`);
    return 0;
  },
});
