/**
 * Applications: a lead CSO starts one from an open call (prefilled from its directory profile), its and its
 * co-applicants' editors edit the draft (each edit names the version it was made on), partners confirm, the lead
 * submits (every rule checked, the deadline by the database's clock in the submitting statement, a receipt number
 * from a sequence, audit and email in the same transaction; the same idempotency key gives the same answer) or
 * withdraws. Only the consortium's members and officers ever see an application.
 */
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit/audit.js';
import { hasMemberRole, isOfficer, type Viewer } from '../../common/auth/viewer.js';
import type { EmailOutbox } from '../../common/email/email-outbox.js';
import { isUuid } from '../../common/relay/global-id.js';
import { sqlRows } from '../../database/sql.js';
import { cachedCodeLists } from '../directory/index.js';
import type { GrantActor } from './call.service.js';
import { budgetTotals, meetsCofinancing } from './grant-rules.js';
import {
  GrantApplicationEntity,
  GrantApplicationPartnerEntity,
  GrantCallEntity,
  GrantLotEntity,
  type BudgetLineValue,
  type LogframeObjectiveValue,
  type TargetGroupReachValue,
} from './grants.entities.js';
import { grantEmail, type GrantEmailKind } from './grants.emails.js';
import { GrantErrorCode as Code, grantError, type GrantError } from './grants.errors.js';

export type ApplicationResult = { ok: GrantApplicationEntity } | { errors: GrantError[] };

export interface ApplicationFields {
  lotId?: string | null;
  titleAr?: string | null;
  titleEn?: string | null;
  summaryAr?: string | null;
  summaryEn?: string | null;
  descriptionAr?: string | null;
  descriptionEn?: string | null;
  targetGroups?: TargetGroupReachValue[];
  governorates?: string[];
  locality?: 'URBAN' | 'RURAL' | 'BOTH' | null;
  durationMonths?: number | null;
  logframe?: LogframeObjectiveValue[];
  budgetLines?: BudgetLineValue[];
  /** Organisation uuids. */
  coApplicants?: string[];
  /** Institution uuids. */
  associates?: string[];
}

interface OrganizationFacts {
  id: string;
  name_ar: string | null;
  name_en: string | null;
  verification_state: string;
  founding_year: number | null;
  governorate_code: string;
  locality_type: 'URBAN' | 'RURAL' | null;
}

const fail = (code: Code, message: string, field: string | string[] | null): { errors: GrantError[] } => ({
  errors: [grantError(code, message, field)],
});
const text = (value: string | null | undefined): string | null => value?.trim() || null;

/** The institutions (uuid → role) the viewer acts for. */
async function institutionRoles(em: EntityManager, userId: string): Promise<Map<string, string>> {
  // the partnerships module's membership table, read as one lookup
  const rows = await sqlRows<{ institution_id: string; role: string }>(
    em,
    'select institution_id, role from institution_member where user_id = ?',
    [userId],
  );
  return new Map(rows.map((r) => [r.institution_id, r.role]));
}

/** Whether the viewer sees the application: an officer, or a member of its lead, a co-applicant or an associate. */
export async function canSeeApplication(
  em: EntityManager,
  viewer: Viewer | null,
  application: GrantApplicationEntity,
  partners: readonly GrantApplicationPartnerEntity[],
): Promise<boolean> {
  if (!viewer) return false;
  if (isOfficer(viewer)) return true;
  if (viewer.memberships.has(application.leadOrganizationId)) return true;
  if (partners.some((p) => p.organizationId && viewer.memberships.has(p.organizationId))) return true;
  const associates = partners.filter((p) => p.institutionId);
  if (associates.length === 0) return false;
  const roles = await institutionRoles(em, viewer.userId);
  return associates.some((p) => roles.has(p.institutionId!));
}

/** Whether the viewer edits the draft: an editor or owner of the lead or of a co-applicant. */
export function canEditApplication(
  viewer: Viewer | null,
  application: GrantApplicationEntity,
  partners: readonly GrantApplicationPartnerEntity[],
): boolean {
  if (!viewer) return false;
  return (
    hasMemberRole(viewer, application.leadOrganizationId, 'EDITOR') ||
    partners.some((p) => p.organizationId && hasMemberRole(viewer, p.organizationId, 'EDITOR'))
  );
}

export class ApplicationService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: EmailOutbox,
    private readonly portalUrl: string | null,
    /** Runs in the submitting transaction (queues the screening). */
    private readonly onSubmitted: ((em: EntityManager, applicationId: string) => Promise<void>) | null = null,
  ) {}

  private async organizations(em: EntityManager, ids: readonly string[]): Promise<Map<string, OrganizationFacts>> {
    if (ids.length === 0) return new Map();
    // the directory's table: the facts eligibility depends on, for the lead and co-applicants in one statement
    const rows = await sqlRows<OrganizationFacts>(
      em,
      `select id, name_ar, name_en, verification_state, founding_year, governorate_code, locality_type
       from organization where id = any(?)`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  private async existingInstitutions(em: EntityManager, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await sqlRows<{ id: string }>(em, 'select id from institution where id = any(?)', [ids]);
    return new Set(rows.map((r) => r.id));
  }

  private async memberEmails(em: EntityManager, organizationIds: readonly string[], institutionIds: readonly string[]) {
    const rows = await sqlRows<{ email: string }>(
      em,
      `select distinct u.email from auth_user u where u.id in (
         select user_id from organization_member where organization_id = any(?)
         union select user_id from institution_member where institution_id = any(?))
       order by u.email`,
      [organizationIds, institutionIds],
    );
    return rows.map((r) => r.email);
  }

  private async email(
    em: EntityManager,
    kind: GrantEmailKind,
    application: GrantApplicationEntity,
    recipients: { organizations: string[]; institutions: string[] },
    partner?: { ar: string; en: string },
  ): Promise<void> {
    const call = await em.findOneOrFail(GrantCallEntity, { id: application.callId });
    const lead = (await this.organizations(em, [application.leadOrganizationId])).get(application.leadOrganizationId);
    const facts = {
      callAr: call.titleAr ?? call.titleEn ?? '',
      callEn: call.titleEn ?? call.titleAr ?? '',
      leadAr: lead?.name_ar ?? lead?.name_en ?? '',
      leadEn: lead?.name_en ?? lead?.name_ar ?? '',
      receipt: application.receiptNumber,
      partnerAr: partner?.ar,
      partnerEn: partner?.en,
    };
    for (const recipient of await this.memberEmails(em, recipients.organizations, recipients.institutions)) {
      await this.outbox.enqueue(em, recipient, kind, grantEmail(kind, facts, this.portalUrl));
    }
  }

  /** Starts an application of the lead to an open call, prefilled from the lead's directory profile. */
  async create(input: { callId: string; leadOrganizationId: string; lotId?: string | null }, actor: GrantActor) {
    const call = isUuid(input.callId) ? await this.em.findOne(GrantCallEntity, { id: input.callId }) : null;
    if (!call || (call.status === 'DRAFT' && !isOfficer(actor.viewer))) {
      return fail(Code.CALL_NOT_FOUND, 'no such call', 'callId');
    }
    if (call.status !== 'PUBLISHED')
      return fail(Code.CALL_NOT_PUBLISHED, 'the call is not accepting applications', 'callId');
    const now = new Date();
    if (call.opensAt > now) return fail(Code.CALL_NOT_OPEN, 'the call has not opened yet', 'callId');
    if (call.deadlineAt < now) return fail(Code.DEADLINE_PASSED, "the call's deadline has passed", 'callId');
    if (!hasMemberRole(actor.viewer, input.leadOrganizationId, 'EDITOR')) {
      return fail(Code.NOT_A_MEMBER, "only the organisation's editors and owners apply for it", 'leadOrganizationId');
    }
    let lotId: string | null = null;
    if (input.lotId) {
      const lot = isUuid(input.lotId)
        ? await this.em.findOne(GrantLotEntity, { id: input.lotId, callId: call.id })
        : null;
      if (!lot) return fail(Code.UNKNOWN_LOT, 'not a lot of this call', 'lotId');
      lotId = lot.id;
    }
    const lead = (await this.organizations(this.em, [input.leadOrganizationId])).get(input.leadOrganizationId)!;
    // prefilled from the directory: what the platform knows is never retyped
    const targetGroups = await sqlRows<{ target_group_code: string }>(
      this.em,
      'select target_group_code from organization_target_group where organization_id = ? order by target_group_code',
      [lead.id],
    );
    const governorates =
      call.governorateCodes.length === 0 || call.governorateCodes.includes(lead.governorate_code)
        ? [lead.governorate_code]
        : [];
    const application = Object.assign(new GrantApplicationEntity(), {
      callId: call.id,
      lotId,
      leadOrganizationId: lead.id,
      targetGroups: targetGroups.map((t) => ({ code: t.target_group_code, expectedBeneficiaries: 0 })),
      governorateCodes: governorates,
      locality: lead.locality_type,
      createdBy: actor.viewer.userId,
    });
    try {
      return await this.em.transactional(async (em): Promise<ApplicationResult> => {
        em.persist(application);
        audit(em, {
          actorId: actor.viewer.userId,
          action: 'GRANT_APPLICATION_STARTED',
          subjectType: 'GrantApplication',
          subjectId: application.id,
          to: 'DRAFT',
          requestId: actor.requestId,
        });
        await em.flush();
        return { ok: application };
      });
    } catch (error) {
      // the database's guard: one open application of a lead per call, concurrent starts included
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      return fail(
        Code.ALREADY_APPLIED,
        'the organisation already leads an application to this call',
        'leadOrganizationId',
      );
    }
  }

  /** The application, locked, with its partners, if the viewer sees it. */
  private async lockedVisible(
    em: EntityManager,
    applicationId: string,
    viewer: Viewer,
  ): Promise<{ application: GrantApplicationEntity; partners: GrantApplicationPartnerEntity[] } | undefined> {
    const application = isUuid(applicationId)
      ? await em.findOne(GrantApplicationEntity, { id: applicationId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!application) return undefined;
    const partners = await em.find(
      GrantApplicationPartnerEntity,
      { applicationId: application.id },
      { orderBy: { position: 'asc' } },
    );
    return (await canSeeApplication(em, viewer, application, partners)) ? { application, partners } : undefined;
  }

  /** The shape rules of an edit (codes, lot, partners): errors name the input field. */
  private async checkFields(em: EntityManager, application: GrantApplicationEntity, fields: ApplicationFields) {
    const errors: GrantError[] = [];
    const { governorates, targetGroups } = await cachedCodeLists(em);
    if (fields.lotId) {
      const lot = isUuid(fields.lotId)
        ? await em.findOne(GrantLotEntity, { id: fields.lotId, callId: application.callId })
        : null;
      if (!lot) errors.push(grantError(Code.UNKNOWN_LOT, 'not a lot of this call', 'lotId'));
    }
    fields.governorates?.forEach((code, i) => {
      if (!governorates.has(code)) {
        errors.push(
          grantError(Code.UNKNOWN_GOVERNORATE, `${code} is not a governorate code`, ['governorates', `${i}`]),
        );
      }
    });
    fields.targetGroups?.forEach((group, i) => {
      if (!targetGroups.has(group.code)) {
        errors.push(
          grantError(Code.UNKNOWN_TARGET_GROUP, `${group.code} is not a target group code`, [
            'targetGroups',
            `${i}`,
            'code',
          ]),
        );
      }
    });
    if (fields.coApplicants) {
      const found = await this.organizations(em, fields.coApplicants);
      const seen = new Set<string>([application.leadOrganizationId]);
      fields.coApplicants.forEach((id, i) => {
        if (!found.has(id))
          errors.push(grantError(Code.UNKNOWN_PARTNER, 'not an organisation', ['coApplicantIds', `${i}`]));
        else if (seen.has(id)) {
          errors.push(
            grantError(Code.DUPLICATE_PARTNER, 'named twice, or the lead itself', ['coApplicantIds', `${i}`]),
          );
        }
        seen.add(id);
      });
    }
    if (fields.associates) {
      const found = await this.existingInstitutions(em, fields.associates);
      const seen = new Set<string>();
      fields.associates.forEach((id, i) => {
        if (!found.has(id))
          errors.push(grantError(Code.UNKNOWN_PARTNER, 'not an institution', ['associateIds', `${i}`]));
        else if (seen.has(id)) errors.push(grantError(Code.DUPLICATE_PARTNER, 'named twice', ['associateIds', `${i}`]));
        seen.add(id);
      });
    }
    return errors;
  }

  async update(applicationId: string, version: number, fields: ApplicationFields, actor: GrantActor) {
    return this.em.transactional(async (em): Promise<ApplicationResult> => {
      const found = await this.lockedVisible(em, applicationId, actor.viewer);
      if (!found) return fail(Code.APPLICATION_NOT_FOUND, 'no such application', 'applicationId');
      const { application, partners } = found;
      if (!canEditApplication(actor.viewer, application, partners)) {
        return fail(Code.NOT_A_MEMBER, "only the lead's and co-applicants' editors edit it", 'applicationId');
      }
      if (application.status !== 'DRAFT')
        return fail(Code.NOT_EDITABLE, `it is ${application.status.toLowerCase()}`, 'applicationId');
      if (application.version !== version) {
        return fail(Code.VERSION_CONFLICT, `it changed meanwhile (now version ${application.version})`, 'version');
      }
      const errors = await this.checkFields(em, application, fields);
      if (errors.length) return { errors };
      if (fields.lotId !== undefined) application.lotId = fields.lotId;
      for (const key of ['titleAr', 'titleEn', 'summaryAr', 'summaryEn', 'descriptionAr', 'descriptionEn'] as const) {
        if (fields[key] !== undefined) application[key] = text(fields[key]);
      }
      if (fields.targetGroups !== undefined) application.targetGroups = fields.targetGroups;
      if (fields.governorates !== undefined) application.governorateCodes = fields.governorates;
      if (fields.locality !== undefined) application.locality = fields.locality;
      if (fields.durationMonths !== undefined) application.durationMonths = fields.durationMonths;
      if (fields.logframe !== undefined) {
        application.logframe = fields.logframe.map((o) => ({
          textAr: text(o.textAr),
          textEn: text(o.textEn),
          indicators: o.indicators.map((i) => ({
            textAr: text(i.textAr),
            textEn: text(i.textEn),
            baseline: i.baseline.trim(),
            target: i.target.trim(),
          })),
        }));
      }
      if (fields.budgetLines !== undefined) {
        application.budgetLines = fields.budgetLines.map((l) => ({ ...l, description: l.description.trim() }));
      }
      const invited = { organizations: [] as string[], institutions: [] as string[] };
      if (fields.coApplicants !== undefined || fields.associates !== undefined) {
        const keep = (p: GrantApplicationPartnerEntity) => ({ confirmedAt: p.confirmedAt, confirmedBy: p.confirmedBy });
        const byOrg = new Map(partners.filter((p) => p.organizationId).map((p) => [p.organizationId!, keep(p)]));
        const byInst = new Map(partners.filter((p) => p.institutionId).map((p) => [p.institutionId!, keep(p)]));
        const orgs = fields.coApplicants ?? [...byOrg.keys()];
        const insts = fields.associates ?? [...byInst.keys()];
        await em.nativeDelete(GrantApplicationPartnerEntity, { applicationId: application.id });
        for (const p of partners) em.getUnitOfWork().unsetIdentity(p);
        let position = 0;
        for (const id of orgs) {
          if (!byOrg.has(id)) invited.organizations.push(id);
          em.persist(
            Object.assign(new GrantApplicationPartnerEntity(), {
              applicationId: application.id,
              position: ++position,
              role: 'CO_APPLICANT',
              organizationId: id,
              ...(byOrg.get(id) ?? { confirmedAt: null, confirmedBy: null }),
            }),
          );
        }
        for (const id of insts) {
          if (!byInst.has(id)) invited.institutions.push(id);
          em.persist(
            Object.assign(new GrantApplicationPartnerEntity(), {
              applicationId: application.id,
              position: ++position,
              role: 'ASSOCIATE',
              institutionId: id,
              ...(byInst.get(id) ?? { confirmedAt: null, confirmedBy: null }),
            }),
          );
        }
      }
      application.version += 1;
      await em.flush();
      if (invited.organizations.length || invited.institutions.length) {
        audit(em, {
          actorId: actor.viewer.userId,
          action: 'GRANT_APPLICATION_PARTNERS_INVITED',
          subjectType: 'GrantApplication',
          subjectId: application.id,
          requestId: actor.requestId,
        });
        await this.email(em, 'GRANT_PARTNER_INVITED', application, invited);
      }
      return { ok: application };
    });
  }

  /** A partner (co-applicant organisation or associate institution) confirms it takes part. */
  async confirmPartner(
    applicationId: string,
    partner: { organizationId?: string; institutionId?: string },
    actor: GrantActor,
  ) {
    return this.em.transactional(async (em): Promise<ApplicationResult> => {
      const found = await this.lockedVisible(em, applicationId, actor.viewer);
      if (!found) return fail(Code.APPLICATION_NOT_FOUND, 'no such application', 'applicationId');
      const { application, partners } = found;
      const row = partners.find((p) =>
        partner.organizationId
          ? p.organizationId === partner.organizationId
          : p.institutionId === partner.institutionId,
      );
      if (!row) return fail(Code.NOT_A_PARTNER, 'not a partner of this application', 'partnerId');
      const allowed = row.organizationId
        ? hasMemberRole(actor.viewer, row.organizationId, 'EDITOR')
        : ['OWNER', 'EDITOR'].includes((await institutionRoles(em, actor.viewer.userId)).get(row.institutionId!) ?? '');
      if (!allowed) return fail(Code.NOT_A_MEMBER, "only the partner's editors and owners confirm for it", 'partnerId');
      if (application.status !== 'DRAFT')
        return fail(Code.NOT_EDITABLE, `it is ${application.status.toLowerCase()}`, 'applicationId');
      if (row.confirmedAt) return fail(Code.ALREADY_CONFIRMED, 'it has already confirmed', 'partnerId');
      row.confirmedAt = new Date();
      row.confirmedBy = actor.viewer.userId;
      application.version += 1;
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'GRANT_APPLICATION_PARTNER_CONFIRMED',
        subjectType: 'GrantApplication',
        subjectId: application.id,
        to: row.role,
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: application };
    });
  }

  /**
   * A partner (co-applicant organisation or associate institution) declines taking part in a draft, confirmed or
   * not: it leaves the consortium, audited, and the lead's people are told by email.
   */
  async declinePartner(
    applicationId: string,
    partner: { organizationId?: string; institutionId?: string },
    reason: string | null,
    actor: GrantActor,
  ) {
    return this.em.transactional(async (em): Promise<ApplicationResult> => {
      const found = await this.lockedVisible(em, applicationId, actor.viewer);
      if (!found) return fail(Code.APPLICATION_NOT_FOUND, 'no such application', 'applicationId');
      const { application, partners } = found;
      const row = partners.find((p) =>
        partner.organizationId
          ? p.organizationId === partner.organizationId
          : p.institutionId === partner.institutionId,
      );
      if (!row) return fail(Code.NOT_A_PARTNER, 'not a partner of this application', 'partnerId');
      const allowed = row.organizationId
        ? hasMemberRole(actor.viewer, row.organizationId, 'EDITOR')
        : ['OWNER', 'EDITOR'].includes((await institutionRoles(em, actor.viewer.userId)).get(row.institutionId!) ?? '');
      if (!allowed) return fail(Code.NOT_A_MEMBER, "only the partner's editors and owners decline for it", 'partnerId');
      if (application.status !== 'DRAFT')
        return fail(Code.NOT_DECLINABLE, `it is ${application.status.toLowerCase()}`, 'applicationId');
      em.remove(row);
      application.version += 1;
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'GRANT_APPLICATION_PARTNER_DECLINED',
        subjectType: 'GrantApplication',
        subjectId: application.id,
        from: row.confirmedAt ? 'CONFIRMED' : 'INVITED',
        to: row.role,
        reason: text(reason),
        requestId: actor.requestId,
      });
      await em.flush();
      // the partner's name, from the directory's or the partnerships' table
      const [name] = await sqlRows<{ name_ar: string | null; name_en: string | null }>(
        em,
        row.organizationId
          ? 'select name_ar, name_en from organization where id = ?'
          : 'select name_ar, name_en from institution where id = ?',
        [row.organizationId ?? row.institutionId],
      );
      await this.email(
        em,
        'GRANT_PARTNER_DECLINED',
        application,
        { organizations: [application.leadOrganizationId], institutions: [] },
        { ar: name?.name_ar ?? name?.name_en ?? '', en: name?.name_en ?? name?.name_ar ?? '' },
      );
      return { ok: application };
    });
  }

  /** Every rule of the call that a submission must meet; errors name the field of `grantApplicationUpdate`. */
  private async eligibility(
    em: EntityManager,
    application: GrantApplicationEntity,
    partners: readonly GrantApplicationPartnerEntity[],
    call: GrantCallEntity,
  ): Promise<GrantError[]> {
    const errors: GrantError[] = [];
    const push = (code: Code, message: string, field: string | string[]) =>
      errors.push(grantError(code, message, field));
    const lot = application.lotId ? await em.findOne(GrantLotEntity, { id: application.lotId }) : null;
    if (!lot) push(Code.REQUIRED, 'choose a lot', 'lotId');
    if (!application.titleAr && !application.titleEn) push(Code.REQUIRED, "give the project's title", 'titleEn');
    if (!application.summaryAr && !application.summaryEn) push(Code.REQUIRED, 'summarise the project', 'summaryEn');
    if (!application.descriptionAr && !application.descriptionEn)
      push(Code.REQUIRED, 'describe the project', 'descriptionEn');
    if (application.targetGroups.length === 0) push(Code.REQUIRED, 'name at least one target group', 'targetGroups');
    application.targetGroups.forEach((g, i) => {
      if (g.expectedBeneficiaries <= 0) {
        push(Code.REQUIRED, 'give the beneficiaries expected', ['targetGroups', `${i}`, 'expectedBeneficiaries']);
      }
    });
    if (application.governorateCodes.length === 0) push(Code.REQUIRED, 'name the governorates', 'governorates');
    application.governorateCodes.forEach((code, i) => {
      if (call.governorateCodes.length > 0 && !call.governorateCodes.includes(code)) {
        push(Code.GOVERNORATE_NOT_ELIGIBLE, `the call does not fund work in ${code}`, ['governorates', `${i}`]);
      }
    });
    if (!application.locality) push(Code.REQUIRED, 'say whether it is urban, rural or both', 'locality');
    if (application.durationMonths === null) push(Code.REQUIRED, 'give the duration', 'durationMonths');
    else if (application.durationMonths > call.maxDurationMonths) {
      push(Code.DURATION_TOO_LONG, `the call allows ${call.maxDurationMonths} months at most`, 'durationMonths');
    }
    if (application.logframe.length === 0) push(Code.LOGFRAME_INCOMPLETE, 'give at least one objective', 'logframe');
    application.logframe.forEach((o, i) => {
      const complete =
        (o.textAr || o.textEn) &&
        o.indicators.length > 0 &&
        o.indicators.every((ind) => (ind.textAr || ind.textEn) && ind.baseline && ind.target);
      if (!complete) {
        push(Code.LOGFRAME_INCOMPLETE, 'an objective needs its text and indicators with baseline and target', [
          'logframe',
          `${i}`,
        ]);
      }
    });
    const lines = application.budgetLines;
    if (lines.length === 0) push(Code.REQUIRED, 'give the budget lines', 'budgetLines');
    lines.forEach((l, i) => {
      if (l.currency !== call.currency) {
        push(Code.CURRENCY_MISMATCH, `the call's currency is ${call.currency}`, ['budgetLines', `${i}`, 'currency']);
      }
    });
    if (lines.length > 0) {
      const totals = budgetTotals(lines);
      if (totals.requested < call.minGrantMinor) {
        push(
          Code.AMOUNT_BELOW_MINIMUM,
          `the call's minimum grant is ${call.minGrantMinor} (minor units)`,
          'budgetLines',
        );
      }
      if (totals.requested > call.maxGrantMinor) {
        push(
          Code.AMOUNT_ABOVE_MAXIMUM,
          `the call's maximum grant is ${call.maxGrantMinor} (minor units)`,
          'budgetLines',
        );
      }
      if (lot && totals.requested > lot.envelopeMinor) {
        push(Code.AMOUNT_ABOVE_ENVELOPE, `the lot's envelope is ${lot.envelopeMinor} (minor units)`, 'budgetLines');
      }
      if (!meetsCofinancing(totals, call.cofinancingRateBps)) {
        push(
          Code.COFINANCING_TOO_LOW,
          `co-financing is ${totals.cofinancingBps / 100} % of the total cost; the call requires ${call.cofinancingRateBps / 100} %`,
          'budgetLines',
        );
      }
    }
    const coApplicants = partners.filter((p) => p.role === 'CO_APPLICANT');
    const associates = partners.filter((p) => p.role === 'ASSOCIATE');
    const facts = await this.organizations(em, [
      application.leadOrganizationId,
      ...coApplicants.map((p) => p.organizationId!),
    ]);
    const thisYear = new Date().getUTCFullYear();
    const lead = facts.get(application.leadOrganizationId)!;
    if (call.requiresVerified && lead.verification_state !== 'VERIFIED') {
      push(Code.LEAD_NOT_VERIFIED, 'the call is for verified organisations', 'leadOrganizationId');
    }
    const registeredLongEnough = (o: OrganizationFacts) =>
      call.minYearsRegistered === 0 ||
      (o.founding_year !== null && thisYear - o.founding_year >= call.minYearsRegistered);
    if (!registeredLongEnough(lead)) {
      push(
        Code.TOO_RECENTLY_REGISTERED,
        `the call requires ${call.minYearsRegistered} years since registration`,
        'leadOrganizationId',
      );
    }
    if (coApplicants.length < call.minCoApplicants) {
      push(
        Code.CONSORTIUM_TOO_SMALL,
        `the call requires at least ${call.minCoApplicants} co-applicants`,
        'coApplicantIds',
      );
    }
    if (coApplicants.length > call.maxCoApplicants) {
      push(
        Code.CONSORTIUM_TOO_LARGE,
        `the call allows at most ${call.maxCoApplicants} co-applicants`,
        'coApplicantIds',
      );
    }
    coApplicants.forEach((p, i) => {
      const o = facts.get(p.organizationId!)!;
      if (call.requiresVerified && o.verification_state !== 'VERIFIED') {
        push(Code.PARTNER_NOT_VERIFIED, 'the call is for verified organisations', ['coApplicantIds', `${i}`]);
      }
      if (!registeredLongEnough(o)) {
        push(Code.TOO_RECENTLY_REGISTERED, `the call requires ${call.minYearsRegistered} years since registration`, [
          'coApplicantIds',
          `${i}`,
        ]);
      }
      if (!p.confirmedAt)
        push(Code.PARTNER_NOT_CONFIRMED, 'it has not confirmed its participation', ['coApplicantIds', `${i}`]);
    });
    if (associates.length > 0 && !call.publicAssociatesAllowed) {
      push(Code.ASSOCIATES_NOT_ALLOWED, 'the call does not allow public associates', 'associateIds');
    }
    associates.forEach((p, i) => {
      if (!p.confirmedAt)
        push(Code.PARTNER_NOT_CONFIRMED, 'it has not confirmed its participation', ['associateIds', `${i}`]);
    });
    if (call.requiredDocuments.length > 0) {
      // the attachments' table (attachments/), read as one lookup
      const attached = await sqlRows<{ document_code: string }>(
        em,
        'select document_code from grant_application_attachment where application_id = ?',
        [application.id],
      );
      const codes = new Set(attached.map((a) => a.document_code));
      for (const document of call.requiredDocuments) {
        if (!codes.has(document.code)) {
          push(
            Code.REQUIRED_DOCUMENT_MISSING,
            `attach the required document "${document.nameEn ?? document.nameAr ?? document.code}" (${document.code})`,
            ['attachments', document.code],
          );
        }
      }
    }
    return errors;
  }

  /**
   * Submits: every rule, then one guarded statement that sets the receipt and the submission time only if the
   * database's clock is still before the deadline. A repeated submission with the same key answers as the first.
   */
  async submit(applicationId: string, idempotencyKey: string, actor: GrantActor): Promise<ApplicationResult> {
    return this.em.transactional(async (em): Promise<ApplicationResult> => {
      const found = await this.lockedVisible(em, applicationId, actor.viewer);
      if (!found) return fail(Code.APPLICATION_NOT_FOUND, 'no such application', 'applicationId');
      const { application, partners } = found;
      if (application.submitIdempotencyKey !== null && application.submitIdempotencyKey === idempotencyKey) {
        return { ok: application };
      }
      const [reused] = await sqlRows<{ id: string }>(
        em,
        'select id from grant_application where submit_idempotency_key = ? and id <> ? limit 1',
        [idempotencyKey, application.id],
      );
      if (reused)
        return fail(Code.IDEMPOTENCY_KEY_REUSED, 'this key was used for another application', 'idempotencyKey');
      if (!hasMemberRole(actor.viewer, application.leadOrganizationId, 'EDITOR')) {
        return fail(Code.NOT_A_MEMBER, "only the lead's editors and owners submit it", 'applicationId');
      }
      if (application.status !== 'DRAFT')
        return fail(Code.NOT_EDITABLE, `it is ${application.status.toLowerCase()}`, 'applicationId');
      const call = await em.findOneOrFail(GrantCallEntity, { id: application.callId });
      if (call.status !== 'PUBLISHED')
        return fail(Code.CALL_NOT_PUBLISHED, 'the call is not accepting applications', 'applicationId');
      const errors = await this.eligibility(em, application, partners, call);
      if (errors.length) return { errors };
      // the database's clock decides the deadline, in the statement that submits (the trigger checks it again)
      const [submitted] = await sqlRows<{ receipt_number: string; submitted_at: string }>(
        em,
        `update grant_application a
         set status = 'SUBMITTED', submitted_at = clock_timestamp(), version = a.version + 1, updated_at = now(),
             submit_idempotency_key = ?,
             receipt_number = 'G-' || to_char(clock_timestamp() at time zone 'Asia/Amman', 'YYYY') || '-' ||
                              lpad(nextval('grant_receipt_seq')::text, 6, '0')
         from grant_call c
         where a.id = ? and a.status = 'DRAFT' and c.id = a.call_id and clock_timestamp() <= c.deadline_at
           and clock_timestamp() >= c.opens_at
         returning a.receipt_number, a.submitted_at`,
        [idempotencyKey, application.id],
      );
      if (!submitted) return fail(Code.DEADLINE_PASSED, "the call's deadline has passed", 'applicationId');
      await em.refresh(application);
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'GRANT_APPLICATION_SUBMITTED',
        subjectType: 'GrantApplication',
        subjectId: application.id,
        from: 'DRAFT',
        to: 'SUBMITTED',
        requestId: actor.requestId,
      });
      await em.flush();
      if (this.onSubmitted) await this.onSubmitted(em, application.id);
      await this.email(em, 'GRANT_APPLICATION_SUBMITTED', application, {
        organizations: [
          application.leadOrganizationId,
          ...partners.filter((p) => p.organizationId).map((p) => p.organizationId!),
        ],
        institutions: [],
      });
      return { ok: application };
    });
  }

  async withdraw(applicationId: string, reason: string | null, actor: GrantActor): Promise<ApplicationResult> {
    return this.em.transactional(async (em): Promise<ApplicationResult> => {
      const found = await this.lockedVisible(em, applicationId, actor.viewer);
      if (!found) return fail(Code.APPLICATION_NOT_FOUND, 'no such application', 'applicationId');
      const { application } = found;
      if (!hasMemberRole(actor.viewer, application.leadOrganizationId, 'EDITOR')) {
        return fail(Code.NOT_A_MEMBER, "only the lead's editors and owners withdraw it", 'applicationId');
      }
      if (application.status === 'WITHDRAWN')
        return fail(Code.NOT_WITHDRAWABLE, 'it is already withdrawn', 'applicationId');
      const from = application.status;
      application.status = 'WITHDRAWN';
      application.withdrawnAt = new Date();
      application.version += 1;
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'GRANT_APPLICATION_WITHDRAWN',
        subjectType: 'GrantApplication',
        subjectId: application.id,
        from,
        to: 'WITHDRAWN',
        reason: text(reason),
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: application };
    });
  }
}
