/**
 * GET /grant-applications/<application uuid>/receipt.pdf: the receipt of a submitted application (what was submitted,
 * Arabic and English), for those who may see the application (its consortium's members, officers); anyone else, and
 * a draft, gets the same 404 as an unknown id. Made on each request from the database.
 */
import { sendProblem, type HttpRoute } from '../../../common/http/routes.js';
import { isUuid } from '../../../common/relay/global-id.js';
import { sqlRows } from '../../../database/sql.js';
import { canSeeApplication } from '../application.service.js';
import {
  GrantApplicationEntity,
  GrantApplicationPartnerEntity,
  GrantCallEntity,
  GrantLotEntity,
} from '../grants.entities.js';
import { renderReceiptPdf, type ReceiptParty } from './receipt.pdf.js';

const ROLES = {
  LEAD: ['مقدّم الطلب الرئيسي', 'Lead applicant'],
  CO_APPLICANT: ['مقدّم طلب مشارك', 'Co-applicant'],
  ASSOCIATE: ['شريك مرتبط', 'Associate'],
} as const;

export const receiptPdfRoute: HttpRoute = {
  methods: ['GET', 'HEAD'],
  path: /^\/grant-applications\/([0-9a-f-]{36})\/receipt\.pdf$/,
  describe: '/grant-applications/<id>/receipt.pdf',
  authenticate: true,
  async handle({ res, params, viewer, em }) {
    if (!viewer) return sendProblem(res, 401, 'UNAUTHENTICATED', 'Sign in first');
    const id = params[0]!;
    const application = isUuid(id) ? await em.findOne(GrantApplicationEntity, { id }) : null;
    const partners = application
      ? await em.find(GrantApplicationPartnerEntity, { applicationId: id }, { orderBy: { position: 'asc' } })
      : [];
    if (
      !application ||
      !application.receiptNumber ||
      !application.submittedAt ||
      !(await canSeeApplication(em, viewer, application, partners))
    ) {
      return sendProblem(res, 404, 'NOT_FOUND', 'Receipt not found');
    }
    const call = await em.findOneOrFail(GrantCallEntity, { id: application.callId });
    const lot = application.lotId ? await em.findOne(GrantLotEntity, { id: application.lotId }) : null;
    const organizationIds = [application.leadOrganizationId, ...partners.flatMap((p) => p.organizationId ?? [])];
    const institutionIds = partners.flatMap((p) => p.institutionId ?? []);
    const names = new Map(
      (
        await sqlRows<{ id: string; name_ar: string | null; name_en: string | null }>(
          em,
          `select id, name_ar, name_en from organization where id = any(?)
           union all select id, name_ar, name_en from institution where id = any(?)`,
          [organizationIds, institutionIds],
        )
      ).map((r) => [r.id, r]),
    );
    const party = (partyId: string, role: keyof typeof ROLES, confirmed: boolean): ReceiptParty => ({
      nameAr: names.get(partyId)?.name_ar ?? null,
      nameEn: names.get(partyId)?.name_en ?? names.get(partyId)?.name_ar ?? null,
      roleAr: ROLES[role][0],
      roleEn: ROLES[role][1],
      confirmed,
    });
    const pdf = await renderReceiptPdf({
      receiptNumber: application.receiptNumber,
      submittedAt: application.submittedAt,
      callTitleAr: call.titleAr,
      callTitleEn: call.titleEn,
      lotTitleAr: lot?.titleAr ?? null,
      lotTitleEn: lot?.titleEn ?? null,
      parties: [
        party(application.leadOrganizationId, 'LEAD', true),
        ...partners.map((p) => party(p.organizationId ?? p.institutionId ?? '', p.role, p.confirmedAt !== null)),
      ],
      titleAr: application.titleAr,
      titleEn: application.titleEn,
      summaryAr: application.summaryAr,
      summaryEn: application.summaryEn,
      durationMonths: application.durationMonths,
      logframe: application.logframe.map((o) => ({
        textAr: o.textAr ?? null,
        textEn: o.textEn ?? null,
        indicators: o.indicators.map((i) => ({
          textAr: i.textAr ?? null,
          textEn: i.textEn ?? null,
          baseline: i.baseline,
          target: i.target,
        })),
      })),
      budgetLines: application.budgetLines,
      currency: call.currency,
    });
    // a file, not a data answer: the browser's viewer for it must not be held by the API's data-only policy
    res.removeHeader('content-security-policy');
    res.writeHead(200, {
      'content-type': 'application/pdf',
      'content-length': String(pdf.length),
      'content-disposition': `attachment; filename="receipt-${application.receiptNumber}.pdf"`,
      'cache-control': 'private, no-store',
    });
    res.end(pdf);
  },
};
