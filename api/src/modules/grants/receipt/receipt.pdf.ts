/**
 * The receipt of a submitted application as a PDF (A4, Arabic and English): receipt number, submission time in Amman,
 * the call, the consortium, the project's summary, the logframe and the budget, as submitted. The bilingual lines
 * (Arabic shaping, bidi, fonts) are `common/pdf/bidi-lines.ts`, as for the training certificates; Arabic text is set
 * right-aligned, the rest left-aligned, each line wrapped to the page's width.
 */
import PDFDocument from 'pdfkit';
import { ARABIC, draw, fontFaces, pieces, type Doc } from '../../../common/pdf/bidi-lines.js';

export interface ReceiptParty {
  nameAr: string | null;
  nameEn: string | null;
  roleAr: string;
  roleEn: string;
  confirmed: boolean;
}

export interface ReceiptContent {
  receiptNumber: string;
  submittedAt: Date;
  callTitleAr: string | null;
  callTitleEn: string | null;
  lotTitleAr: string | null;
  lotTitleEn: string | null;
  parties: ReceiptParty[];
  titleAr: string | null;
  titleEn: string | null;
  summaryAr: string | null;
  summaryEn: string | null;
  durationMonths: number | null;
  logframe: {
    textAr: string | null;
    textEn: string | null;
    indicators: { textAr: string | null; textEn: string | null; baseline: string; target: string }[];
  }[];
  budgetLines: { category: string; description: string; requestedMinor: number; cofinancingMinor: number }[];
  currency: string;
}

const MARGIN = 48;

/** Amman time, Western digits in both languages (as the platform's emails write them). */
export function ammanDateTime(date: Date, locale: 'ar-JO' | 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Amman',
    dateStyle: 'long',
    timeStyle: 'medium',
    numberingSystem: 'latn',
  }).format(date);
}

/** Minor units as an amount with its currency code: 3000000, EUR → "EUR 30,000.00". */
export function money(minor: number, currency: string): string {
  const digits = currency === 'JOD' ? 3 : 2;
  const amount = new Intl.NumberFormat('en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(minor / 10 ** digits);
  return `${currency} ${amount}`;
}

class Writer {
  y = MARGIN;
  constructor(private readonly doc: Doc) {}

  private get width() {
    return this.doc.page.width - 2 * MARGIN;
  }

  private room(height: number) {
    if (this.y + height > this.doc.page.height - MARGIN) {
      this.doc.addPage();
      this.y = MARGIN;
    }
  }

  /** One paragraph, wrapped at spaces; Arabic right-aligned, the rest left-aligned. */
  paragraph(text: string | null | undefined, size = 11, bold = false, indent = 0) {
    if (!text) return;
    for (const paragraph of text.split(/\r?\n/)) {
      const rtl = ARABIC.test(paragraph);
      const lineHeight = size * 1.6;
      for (const line of this.wrap(paragraph, size, bold, this.width - indent)) {
        this.room(lineHeight);
        const list = pieces(this.doc, line, rtl ? 'rtl' : 'ltr', size, bold);
        const total = list.reduce((sum, p) => sum + p.width, 0);
        const x = rtl ? this.doc.page.width - MARGIN - indent - total : MARGIN + indent;
        draw(this.doc, list, x, this.y, size);
        this.y += lineHeight;
      }
    }
  }

  heading(ar: string, en: string) {
    this.y += 8;
    this.room(40);
    this.doc.fillColor('#0f5132');
    this.paragraph(ar, 14, true);
    this.paragraph(en, 13, true);
    this.doc.fillColor('#222222');
  }

  private wrap(text: string, size: number, bold: boolean, width: number): string[] {
    const words = text.split(/\s+/).filter(Boolean);
    const lines: string[] = [];
    let current = '';
    const measure = (line: string) =>
      pieces(this.doc, line, ARABIC.test(text) ? 'rtl' : 'ltr', size, bold).reduce((sum, p) => sum + p.width, 0);
    for (const word of words) {
      const next = current ? `${current} ${word}` : word;
      if (current && measure(next) > width) {
        lines.push(current);
        current = word;
      } else current = next;
    }
    if (current) lines.push(current);
    return lines;
  }
}

/** The receipt's PDF. */
export async function renderReceiptPdf(content: ReceiptContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: `Grant application receipt ${content.receiptNumber} · إيصال طلب منحة`,
      Subject: content.callTitleEn ?? content.callTitleAr ?? '',
    },
    lang: 'ar',
  });
  for (const [face, data] of fontFaces()) doc.registerFont(face, data);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const w = new Writer(doc);
  doc.fillColor('#0f5132');
  w.paragraph('إيصال تقديم طلب منحة', 20, true);
  w.paragraph('Grant application receipt', 18, true);
  doc.fillColor('#222222');
  w.paragraph(`رقم الإيصال ${content.receiptNumber}`, 13, true);
  w.paragraph(`Receipt number ${content.receiptNumber}`, 13, true);
  w.paragraph(`وقت التقديم (بتوقيت عمّان) ${ammanDateTime(content.submittedAt, 'ar-JO')}`);
  w.paragraph(`Submitted (Amman time) ${ammanDateTime(content.submittedAt, 'en-GB')}`);

  w.heading('الدعوة', 'Call for proposals');
  w.paragraph(content.callTitleAr);
  w.paragraph(content.callTitleEn);
  if (content.lotTitleAr || content.lotTitleEn) {
    w.paragraph(content.lotTitleAr ? `المحور: ${content.lotTitleAr}` : null);
    w.paragraph(content.lotTitleEn ? `Lot: ${content.lotTitleEn}` : null);
  }

  w.heading('الائتلاف', 'Consortium');
  for (const party of content.parties) {
    const state = party.confirmed ? '' : ' (not confirmed)';
    w.paragraph(party.nameAr ? `${party.roleAr}: ${party.nameAr}` : null);
    w.paragraph(party.nameEn ? `${party.roleEn}: ${party.nameEn}${state}` : null);
  }

  w.heading('المشروع', 'Project');
  w.paragraph(content.titleAr, 12, true);
  w.paragraph(content.titleEn, 12, true);
  w.paragraph(content.summaryAr);
  w.paragraph(content.summaryEn);
  if (content.durationMonths !== null) {
    w.paragraph(`المدة ${content.durationMonths} شهرًا`);
    w.paragraph(`Duration ${content.durationMonths} months`);
  }

  w.heading('الإطار المنطقي', 'Logframe');
  content.logframe.forEach((objective, i) => {
    w.paragraph(objective.textAr ? `${i + 1}. ${objective.textAr}` : null, 11, true);
    w.paragraph(objective.textEn ? `${i + 1}. ${objective.textEn}` : null, 11, true);
    for (const indicator of objective.indicators) {
      // the values as typed (an arrow is not in the typeface): baseline, then target
      const ar = `خط الأساس ${indicator.baseline}، الهدف ${indicator.target}`;
      const en = `baseline ${indicator.baseline}, target ${indicator.target}`;
      w.paragraph(indicator.textAr ? `${indicator.textAr}: ${ar}` : null, 10, false, 16);
      w.paragraph(indicator.textEn ? `${indicator.textEn}: ${en}` : null, 10, false, 16);
    }
  });

  w.heading('الميزانية', 'Budget');
  let requested = 0;
  let cofinancing = 0;
  for (const line of content.budgetLines) {
    requested += line.requestedMinor;
    cofinancing += line.cofinancingMinor;
    w.paragraph(
      `${line.category} · ${line.description} · requested ${money(line.requestedMinor, content.currency)} · co-financing ${money(line.cofinancingMinor, content.currency)}`,
      10,
    );
  }
  w.paragraph(`المبلغ المطلوب ${money(requested, content.currency)}`, 11, true);
  w.paragraph(
    `Requested ${money(requested, content.currency)} · co-financing ${money(cofinancing, content.currency)} · total ${money(requested + cofinancing, content.currency)}`,
    11,
    true,
  );
  doc.end();
  return done;
}
