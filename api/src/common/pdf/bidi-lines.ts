/**
 * Bilingual lines on a PDF page (pdfkit): pdfkit lays text out with fontkit, which shapes Arabic (joining forms,
 * ligatures) and puts a right-to-left run's glyphs in right-to-left order; it does not apply the Unicode
 * bidirectional algorithm to a line that mixes directions. bidi-js does: each line is cut into runs of one embedding
 * level (in logical order, so that shaping sees the letters as written), the runs are put in visual order (rule L2),
 * and each is drawn with the font of its script. The text kept in the PDF maps every glyph back to its characters, so
 * a copy or `pdftotext` gives the words in logical order. Shared by the training certificates and the grant receipts.
 *
 * The typeface is Amiri (SIL Open Font License, `api/assets/fonts/amiri`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import bidiFactory, { type Bidi } from 'bidi-js';
import type PDFDocument from 'pdfkit';
import { woffToSfnt } from './woff-to-sfnt.js';

const FONTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'assets', 'fonts', 'amiri');
const FONT_FACES = ['arabic-400', 'arabic-700', 'latin-400', 'latin-700'] as const;
let fonts: Map<string, Buffer> | undefined;
/** The faces, read and unwrapped once per process. */
export function fontFaces(): Map<string, Buffer> {
  fonts ??= new Map(
    FONT_FACES.map((face) => [face, woffToSfnt(readFileSync(path.join(FONTS, `amiri-${face}-normal.woff`)))]),
  );
  return fonts;
}

// the package is CommonJS whose types declare an ES default export: its default import is the factory itself
const bidi = (bidiFactory as unknown as () => Bidi)();
export const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

export interface Run {
  text: string;
  rtl: boolean;
  /** Where the run starts in the line as written (logical order). */
  start: number;
}

/** The line's runs in visual order (left to right), each in logical order, mirrored characters swapped. */
export function visualRuns(line: string, direction: 'ltr' | 'rtl'): Run[] {
  const embedding = bidi.getEmbeddingLevels(line, direction);
  const mirrored = bidi.getMirroredCharactersMap(line, embedding.levels);
  const chars = [...line].length === line.length ? line.split('') : null;
  if (!chars) {
    // characters outside the BMP: keep the line as one run in the paragraph's direction
    return [{ text: line, rtl: direction === 'rtl', start: 0 }];
  }
  mirrored.forEach((char, index) => (chars[index] = char));
  const levels = embedding.levels;
  const runs: { text: string; level: number; start: number }[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    const last = runs[runs.length - 1];
    if (last && last.level === levels[i]) last.text += chars[i];
    else runs.push({ text: chars[i]!, level: levels[i]!, start: i });
  }
  // rule L2 on runs: from the highest level down to the lowest odd one, reverse each sequence at that level or above
  const highest = Math.max(...runs.map((r) => r.level));
  const lowestOdd = Math.min(...runs.map((r) => (r.level % 2 === 1 ? r.level : Infinity)));
  for (let level = highest; level >= lowestOdd && Number.isFinite(lowestOdd); level -= 1) {
    for (let start = 0; start < runs.length;) {
      if (runs[start]!.level < level) {
        start += 1;
        continue;
      }
      let end = start;
      while (end + 1 < runs.length && runs[end + 1]!.level >= level) end += 1;
      runs.splice(start, end - start + 1, ...runs.slice(start, end + 1).reverse());
      start = end + 1;
    }
  }
  return runs.map((r) => ({ text: r.text, rtl: r.level % 2 === 1, start: r.start }));
}

export type Doc = InstanceType<typeof PDFDocument>;

export interface Piece {
  text: string;
  font: string;
  width: number;
  /** Its place in the line as written: pieces are written to the page in this order. */
  logical: number;
}

/**
 * A line's pieces in visual order: bidi runs, cut where the font changes (Arabic letters in the Arabic face, the rest,
 * spaces included, in the Latin one). fontkit reverses a run it detects as Arabic script and no other: a right-to-left
 * piece of neutral characters is reversed here, a left-to-right piece of Arabic-script characters (digits) too.
 */
export function pieces(doc: Doc, line: string, direction: 'ltr' | 'rtl', size: number, bold: boolean): Piece[] {
  const out: Piece[] = [];
  for (const run of visualRuns(line, direction)) {
    const parts: { text: string; arabic: boolean; start: number }[] = [];
    let offset = run.start;
    for (const char of run.text) {
      const arabic = ARABIC.test(char);
      const last = parts[parts.length - 1];
      if (last && last.arabic === arabic) last.text += char;
      else parts.push({ text: char, arabic, start: offset });
      offset += char.length;
    }
    if (run.rtl) parts.reverse();
    for (const part of parts) {
      const font = `${part.arabic ? 'arabic' : 'latin'}-${bold ? 700 : 400}`;
      const drawn = part.arabic === run.rtl ? part.text : [...part.text].reverse().join('');
      doc.font(font).fontSize(size);
      out.push({ text: drawn, font, width: doc.widthOfString(drawn), logical: part.start });
    }
  }
  return out;
}

/**
 * Places the pieces left to right, and writes them to the page in the order they were written (logical order): text
 * extraction that follows the page's content (copy, search, `pdftotext -raw`, screen readers) reads the line as written.
 */
export function draw(doc: Doc, list: Piece[], x: number, y: number, size: number): void {
  const placed = list.map((piece) => {
    const at = x;
    x += piece.width;
    return { piece, at };
  });
  placed.sort((a, b) => a.piece.logical - b.piece.logical);
  for (const { piece, at } of placed) {
    doc.font(piece.font).fontSize(size).text(piece.text, at, y, { lineBreak: false });
  }
}

/** Draws a line centred on the page at y, in the bold or regular face. */
export function centredLine(doc: Doc, line: string, y: number, size: number, bold = false): void {
  const list = pieces(doc, line, ARABIC.test(line) ? 'rtl' : 'ltr', size, bold);
  const total = list.reduce((sum, p) => sum + p.width, 0);
  draw(doc, list, (doc.page.width - total) / 2, y, size);
}

/** A right-to-left line ending at x (the Arabic column of the footer). */
export function rightAlignedLine(doc: Doc, line: string, right: number, y: number, size: number): void {
  const list = pieces(doc, line, 'rtl', size, false);
  draw(doc, list, right - list.reduce((sum, p) => sum + p.width, 0), y, size);
}
