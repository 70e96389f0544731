/**
 * `pnpm schema:diff [git-ref]`: compares schema/schema.graphql with its version at `git-ref` (default HEAD~1) and
 * fails on a breaking change that schema/CHANGELOG.md does not declare.
 * `pnpm schema:diff --history`: the same for every commit that changed the contract, against its parent; CI runs
 * it, so the check does not depend on which commits a landing brings.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '../config.js';
import { breakingChanges, undeclared, type BreakingChange } from '../common/contract/breaking-changes.js';

const FILE = 'schema/schema.graphql';

function git(...args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: repositoryRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

const changelog = fs.readFileSync(path.join(repositoryRoot, 'schema', 'CHANGELOG.md'), 'utf8');
const pairs: { label: string; before: string | undefined; after: string }[] = [];
if (process.argv.includes('--history')) {
  const commits = (git('log', '--format=%H', '--reverse', '--', FILE) ?? '').split('\n').filter(Boolean);
  for (const commit of commits) {
    const after = git('show', `${commit}:${FILE}`);
    if (after !== undefined)
      pairs.push({ label: commit.slice(0, 8), before: git('show', `${commit}~1:${FILE}`), after });
  }
  // the working copy, when it differs from HEAD
  pairs.push({
    label: 'working copy',
    before: git('show', `HEAD:${FILE}`),
    after: fs.readFileSync(path.join(repositoryRoot, FILE), 'utf8'),
  });
} else {
  const ref = process.argv[2] ?? 'HEAD~1';
  pairs.push({
    label: `since ${ref}`,
    before: git('show', `${ref}:${FILE}`),
    after: fs.readFileSync(path.join(repositoryRoot, FILE), 'utf8'),
  });
}

const missing: (BreakingChange & { label: string })[] = [];
let compared = 0;
for (const { label, before, after } of pairs) {
  if (before === undefined || before === after) continue;
  compared += 1;
  const changes = await breakingChanges(before, after);
  for (const change of undeclared(changes, changelog)) missing.push({ ...change, label });
  for (const change of changes) process.stdout.write(`${label}: ${change.path}: ${change.message}\n`);
}
if (missing.length > 0) {
  for (const change of missing)
    process.stderr.write(`UNDECLARED (${change.label}) ${change.path}: ${change.message}\n`);
  process.stderr.write('Declare each breaking change in schema/CHANGELOG.md (its path in backticks) or undo it.\n');
  process.exit(1);
}
process.stdout.write(`schema: ${compared} version(s) compared, no undeclared breaking change\n`);
