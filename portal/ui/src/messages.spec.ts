/**
 * Every package's texts exist in both languages, and every count in Arabic has its six plural forms (zero, one,
 * two, few, many, other): Paraglide would otherwise fall back to Arabic in English pages, or to "other" in Arabic.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const portal = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const packages = [
  'shell',
  'ui',
  ...readdirSync(path.join(portal, 'domains')).map((domain) => path.join('domains', domain)),
].filter((pkg) => existsSync(path.join(portal, pkg, 'messages')));

type Message = string | { declarations: string[]; selectors: string[]; match: Record<string, string> }[];
const read = (pkg: string, locale: string): Record<string, Message> => {
  const { $schema: _schema, ...messages } = JSON.parse(
    readFileSync(path.join(portal, pkg, 'messages', `${locale}.json`), 'utf8'),
  ) as Record<string, Message>;
  return messages;
};

describe('portal messages', () => {
  it('cover the directory, identity, the workspace, the shared components and the shell', () => {
    expect(packages).toEqual(
      expect.arrayContaining(['shell', 'ui', 'domains/directory', 'domains/identity', 'domains/workspace']),
    );
  });

  it.each(packages)('%s has the same keys in Arabic and English', (pkg) => {
    expect(Object.keys(read(pkg, 'ar')).sort()).toEqual(Object.keys(read(pkg, 'en')).sort());
  });

  it.each(packages)('%s gives every Arabic count its six plural forms', (pkg) => {
    for (const [key, message] of Object.entries(read(pkg, 'ar'))) {
      if (typeof message === 'string') continue;
      for (const variant of message) {
        const plural = variant.declarations.find((d) => d.endsWith(': plural'));
        if (!plural) continue;
        const selector = plural.split('=')[0]!.replace('local', '').trim();
        const forms = Object.keys(variant.match).map((k) => k.replace(`${selector}=`, ''));
        expect({ key, forms: forms.sort() }).toEqual({ key, forms: ['*', 'few', 'many', 'one', 'two', 'zero'] });
      }
    }
  });
});
