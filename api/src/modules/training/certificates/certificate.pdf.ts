/**
 * The certificate as a PDF, in Arabic and English, on one A4 landscape page; the bilingual lines (shaping, bidi,
 * fonts) are `common/pdf/bidi-lines.ts`.
 */
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { centredLine, fontFaces, rightAlignedLine } from '../../../common/pdf/bidi-lines.js';

export { visualRuns } from '../../../common/pdf/bidi-lines.js';

export interface CertificateContent {
  participantName: string;
  courseTitleAr: string;
  courseTitleEn: string;
  startsAt: Date;
  endsAt: Date;
  issuerAr: string;
  issuerEn: string;
  issuedAt: Date;
  /** As printed: `K7QM-3XH9-PD2A`. */
  code: string;
  /** The public verification page the QR code points to. */
  verificationUrl: string;
  revoked: boolean;
}

function amman(date: Date, locale: 'ar-JO' | 'en-GB'): string {
  // Western digits in both languages, as the platform's emails write them
  return new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Amman', dateStyle: 'long', numberingSystem: 'latn' }).format(
    date,
  );
}

function period(startsAt: Date, endsAt: Date, locale: 'ar-JO' | 'en-GB'): string {
  const from = amman(startsAt, locale);
  const to = amman(endsAt, locale);
  return from === to ? from : locale === 'ar-JO' ? `من ${from} إلى ${to}` : `${from} to ${to}`;
}

/** The certificate's PDF. */
export async function renderCertificatePdf(content: CertificateContent): Promise<Buffer> {
  const qr = await QRCode.toBuffer(content.verificationUrl, { type: 'png', margin: 1, width: 240 });
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 36,
    info: {
      Title: `Certificate ${content.code} · شهادة`,
      Author: content.issuerEn,
      Subject: content.courseTitleEn,
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

  const { width, height } = doc.page;
  doc
    .lineWidth(3)
    .strokeColor('#0f5132')
    .rect(20, 20, width - 40, height - 40)
    .stroke();
  doc
    .lineWidth(1)
    .rect(28, 28, width - 56, height - 56)
    .stroke();
  doc.fillColor('#0f5132');
  centredLine(doc, 'شهادة إتمام', 50, 30, true);
  centredLine(doc, 'Certificate of completion', 95, 22, true);
  doc.fillColor('#222222');
  centredLine(doc, 'يشهد البرنامج بأن · This certifies that', 140, 14);
  centredLine(doc, content.participantName, 168, 28, true);
  centredLine(doc, 'أتم الدورة التدريبية', 218, 14);
  centredLine(doc, content.courseTitleAr, 240, 20, true);
  centredLine(doc, 'completed the course', 278, 14);
  centredLine(doc, content.courseTitleEn, 298, 20, true);
  centredLine(doc, period(content.startsAt, content.endsAt, 'ar-JO'), 340, 13);
  centredLine(doc, period(content.startsAt, content.endsAt, 'en-GB'), 362, 13);
  centredLine(doc, content.issuerAr, 400, 13);
  centredLine(doc, content.issuerEn, 422, 13);
  if (content.revoked) {
    doc.fillColor('#b00020');
    centredLine(doc, 'ملغاة · REVOKED', 455, 18, true);
    doc.fillColor('#222222');
  }
  doc.image(qr, 48, height - 160, { width: 110 });
  doc.font('latin-400').fontSize(10);
  doc.text(`Verification code · ${content.code}`, 170, height - 120, { lineBreak: false });
  doc.text(content.verificationUrl, 170, height - 104, { lineBreak: false, link: content.verificationUrl });
  doc.text(`Issued ${amman(content.issuedAt, 'en-GB')}`, 170, height - 88, { lineBreak: false });
  rightAlignedLine(doc, `رمز التحقق ${content.code}`, width - 60, height - 120, 11);
  doc.end();
  return done;
}
