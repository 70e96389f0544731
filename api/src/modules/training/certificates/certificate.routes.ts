/**
 * GET /certificates/<certificate uuid>.pdf: the certificate's PDF (Arabic and English, with its verification code and
 * a QR code to the portal's verification page), for its holder and officers; anyone else gets the same 404 as for an
 * unknown id. Made on each request from the database (the name printed is the one the certificate keeps).
 */
import { isOfficer } from '../../../common/auth/viewer.js';
import { sendProblem, type HttpRoute } from '../../../common/http/routes.js';
import { isUuid } from '../../../common/relay/global-id.js';
import { TrainingCourseEntity, TrainingSessionEntity } from '../training.entities.js';
import { formatCertificateCode } from './certificate-code.js';
import { TrainingCertificateEntity } from './certificate.entities.js';
import { renderCertificatePdf } from './certificate.pdf.js';

/** The portal's public page that verifies a code (the QR code's link). */
export function verificationUrl(portalUrl: string, code: string, lang: 'ar' | 'en' = 'ar'): string {
  return `${portalUrl.replace(/\/$/, '')}/${lang}/training/certificates/${formatCertificateCode(code)}`;
}

export const certificatePdfRoute: HttpRoute = {
  methods: ['GET', 'HEAD'],
  path: /^\/certificates\/([0-9a-f-]{36})\.pdf$/,
  describe: '/certificates/<id>.pdf',
  authenticate: true,
  async handle({ res, params, viewer, em, config }) {
    if (!viewer) return sendProblem(res, 401, 'UNAUTHENTICATED', 'Sign in first');
    const id = params[0]!;
    const certificate = isUuid(id) ? await em.findOne(TrainingCertificateEntity, { id }) : null;
    if (!certificate || !(certificate.userId === viewer.userId || isOfficer(viewer))) {
      return sendProblem(res, 404, 'NOT_FOUND', 'Certificate not found');
    }
    const session = await em.findOneOrFail(TrainingSessionEntity, { id: certificate.sessionId });
    const course = await em.findOneOrFail(TrainingCourseEntity, { id: session.courseId });
    const code = formatCertificateCode(certificate.code);
    const pdf = await renderCertificatePdf({
      participantName: certificate.participantName,
      courseTitleAr: course.titleAr ?? course.titleEn ?? '',
      courseTitleEn: course.titleEn ?? course.titleAr ?? '',
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      issuerAr: certificate.issuerNameAr,
      issuerEn: certificate.issuerNameEn,
      issuedAt: certificate.issuedAt,
      code,
      verificationUrl: verificationUrl(config.portalPublicUrl, certificate.code),
      revoked: certificate.revokedAt !== null,
    });
    // a file, not a data answer: the browser's viewer for it must not be held by the API's data-only policy
    res.removeHeader('content-security-policy');
    res.writeHead(200, {
      'content-type': 'application/pdf',
      'content-length': String(pdf.length),
      'content-disposition': `attachment; filename="certificate-${code}.pdf"`,
      'cache-control': 'private, no-store',
    });
    res.end(pdf);
  },
};
