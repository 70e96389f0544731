import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pages = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');

// Issue 13 item 35: a middle dot beside Arabic-Indic digits (dates, sizes, waiting times) reads as the digit zero (٠);
// facts on one line are separated by `separator(locale)` from @shabaka/ui, which is not a dot in Arabic.
describe('the account pages', () => {
  for (const file of readdirSync(pages).filter((f) => f.endsWith('.svelte'))) {
    it(`${file} writes no literal middle dot between facts`, () => {
      const markup = readFileSync(path.join(pages, file), 'utf8').replace(/<script[\s\S]*?<\/script>/, '');
      expect(markup).not.toContain('·');
    });
  }
});
