import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvDocument, csvRecord, neutralizeFormula } from './csv-writer.js';

describe('CSV writer', () => {
  it('neutralises every cell a spreadsheet would read as a formula (OWASP)', () => {
    for (const formula of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutralizeFormula(formula)).toBe(`'${formula}`);
    }
    for (const text of ['جمعية الأمل', 'Amal Society', '2024', 'a=b', '']) expect(neutralizeFormula(text)).toBe(text);
  });

  it('writes records that a CSV parser reads back, quotes, commas and newlines included', async () => {
    const rows = [
      ['Example Society, "the first"', 'line one\nline two', 2001, null],
      ['=cmd|" /C calc"!A0', 'جمعية', 0, true],
    ];
    let text = '';
    for await (const chunk of csvDocument(['name', 'description', 'year', 'flag'], rows)) text += chunk;
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed = parse<Record<string, string>>(text.slice(1), { columns: true });
    expect(parsed).toEqual([
      { name: 'Example Society, "the first"', description: 'line one\nline two', year: '2001', flag: '' },
      { name: `'=cmd|" /C calc"!A0`, description: 'جمعية', year: '0', flag: 'true' },
    ]);
    expect(csvRecord(['a', 'b'])).toBe('a,b\r\n');
  });
});
