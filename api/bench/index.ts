/** `pnpm bench <name>`: runs one benchmark of this folder (directory, grants, limits, partnerships, relevance, services, training). */
const benchmarks: Record<string, () => Promise<unknown>> = {
  directory: () => import('./directory.js'),
  grants: () => import('./grants.js'),
  limits: () => import('./limits.js'),
  partnerships: () => import('./partnerships.js'),
  relevance: () => import('./relevance.js'),
  services: () => import('./services.js'),
  training: () => import('./training.js'),
};
const name = process.argv[2];
const run = name ? benchmarks[name] : undefined;
if (!run) {
  process.stderr.write(`usage: pnpm bench <${Object.keys(benchmarks).join('|')}> [--sizes 6000,1000000]\n`);
  process.exit(2);
}
await run();
