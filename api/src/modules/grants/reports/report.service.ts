/**
 * Reports on awards: the grantee organisation's editors submit them (and submit a returned one again), officers
 * approve or return them. Each change locks its row, checks the version the person saw, and writes the audit event
 * in the same transaction. `isGrantReportApproved` is what a tranche that depends on a report asks before it is paid.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../../common/audit/audit.js';
import { hasMemberRole, type Viewer } from '../../../common/auth/viewer.js';
import { GrantAwardEntity } from '../awards/award.entities.js';
import { GrantApplicationEntity, GrantCallEntity } from '../grants.entities.js';
import type { GrantReportEntity as ReportRow } from './report.entities.js';
import {
  GrantReportEntity,
  type GrantReportKindValue,
  type ReportExpenditureValue,
  type ReportIndicatorResultValue,
} from './report.entities.js';
import { GrantReportErrorCode as Code, grantReportError, type GrantReportError } from './report.errors.js';
import { expenditureBreaches, indicatorBreaches } from './report.rules.js';

export interface ReportActor {
  viewer: Viewer;
  requestId: string | null;
}

export interface ReportContent {
  periodStart: string;
  periodEnd: string;
  narrativeAr: string | null;
  narrativeEn: string | null;
  expenditure: ReportExpenditureValue[];
  indicatorResults: ReportIndicatorResultValue[];
}

export type ReportResult = { ok: ReportRow; application: GrantApplicationEntity } | { errors: GrantReportError[] };
const fail = (code: Code, message: string, field: string | string[] | null): ReportResult => ({
  errors: [grantReportError(code, message, field)],
});

const clean = (text: string | null | undefined): string | null => text?.trim() || null;

/** The shape rules of a report's content that need no database (narrative, period). */
function contentErrors(content: ReportContent): GrantReportError[] {
  const errors: GrantReportError[] = [];
  if (!clean(content.narrativeAr) && !clean(content.narrativeEn))
    errors.push(grantReportError(Code.NARRATIVE_REQUIRED, 'write the narrative in Arabic or English', 'narrativeEn'));
  if (content.periodEnd < content.periodStart)
    errors.push(grantReportError(Code.PERIOD_INVALID, 'the period ends before it starts', 'periodEnd'));
  return errors;
}

/** The rules of the content against the application's budget and logframe, each breach naming its rule. */
function budgetErrors(content: ReportContent, application: GrantApplicationEntity): GrantReportError[] {
  return [
    ...expenditureBreaches(content.expenditure, application.budgetLines),
    ...indicatorBreaches(content.indicatorResults, application.logframe),
  ].map((b) => grantReportError(Code[b.rule], `${b.rule}: ${b.message}`, b.field));
}

function write(row: ReportRow, content: ReportContent): void {
  row.periodStart = content.periodStart;
  row.periodEnd = content.periodEnd;
  row.narrativeAr = clean(content.narrativeAr);
  row.narrativeEn = clean(content.narrativeEn);
  row.expenditure = content.expenditure.map((e) => ({
    budgetLine: e.budgetLine,
    spentMinor: e.spentMinor,
    note: clean(e.note),
  }));
  row.indicatorResults = content.indicatorResults.map((r) => ({
    objective: r.objective,
    indicator: r.indicator,
    achieved: r.achieved.trim(),
    comment: clean(r.comment),
  }));
}

/** Whether the viewer sees the reports of an award: the grantee organisation's members, and officers. */
export function canSeeReports(viewer: Viewer | null, award: { organizationId: string }, officer: boolean): boolean {
  return officer || hasMemberRole(viewer, award.organizationId, 'VIEWER');
}

export class GrantReportService {
  constructor(private readonly em: EntityManager) {}

  /** The award locked for a grantee's change, or the error saying why the viewer may not report on it. */
  private async awardFor(
    em: EntityManager,
    awardId: string,
    viewer: Viewer,
  ): Promise<{ award: GrantAwardEntity } | { errors: GrantReportError[] }> {
    const award = await em.findOne(GrantAwardEntity, { id: awardId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!award || !hasMemberRole(viewer, award.organizationId, 'VIEWER'))
      return { errors: [grantReportError(Code.AWARD_NOT_FOUND, 'no such award of yours', 'awardId')] };
    if (!hasMemberRole(viewer, award.organizationId, 'EDITOR'))
      return {
        errors: [
          grantReportError(Code.NOT_A_MEMBER, "only the grantee's editors and owners submit reports", 'awardId'),
        ],
      };
    if (award.status !== 'AWARDED')
      return {
        errors: [
          grantReportError(
            Code.AWARD_NOT_IN_FORCE,
            `the award is ${award.status.toLowerCase()}: no more reports`,
            'awardId',
          ),
        ],
      };
    return { award };
  }

  /** A new report on an award, submitted at once (interim reports are numbered in turn; one final report). */
  async submit(awardId: string, kind: GrantReportKindValue, content: ReportContent, actor: ReportActor) {
    const shapeErrors = contentErrors(content);
    if (shapeErrors.length) return { errors: shapeErrors };
    return this.em.transactional(async (em): Promise<ReportResult> => {
      const found = await this.awardFor(em, awardId, actor.viewer);
      if ('errors' in found) return found;
      const { award } = found;
      const application = await em.findOneOrFail(GrantApplicationEntity, { id: award.applicationId });
      const errors = budgetErrors(content, application);
      if (errors.length) return { errors };
      const existing = await em.find(GrantReportEntity, { awardId }, { orderBy: { sequence: 'asc' } });
      const open = existing.find((r) => r.status !== 'APPROVED');
      if (open)
        return fail(
          Code.WRONG_STATE,
          `${open.kind.toLowerCase()} report ${open.sequence} is ${open.status.toLowerCase()}: it is decided (or corrected) first`,
          'awardId',
        );
      const sameKind = existing.filter((r) => r.kind === kind);
      if (kind === 'FINAL' && sameKind.length > 0)
        return fail(Code.REPORT_ALREADY_EXISTS, 'the award already has its final report', 'kind');
      const call = await em.findOneOrFail(GrantCallEntity, { id: award.callId });
      const row = Object.assign(new GrantReportEntity(), {
        awardId,
        kind,
        sequence: sameKind.length + 1,
        currency: call.currency,
        submittedBy: actor.viewer.userId,
      });
      write(row, content);
      em.persist(row);
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'GRANT_REPORT_SUBMITTED',
        subjectType: 'GrantReport',
        subjectId: row.id,
        to: 'SUBMITTED',
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: row, application };
    });
  }

  /** A returned report, corrected and submitted again on the version its editor saw. */
  async resubmit(reportId: string, version: number, content: ReportContent, actor: ReportActor) {
    const shapeErrors = contentErrors(content);
    if (shapeErrors.length) return { errors: shapeErrors };
    return this.em.transactional(async (em): Promise<ReportResult> => {
      const row = await em.findOne(GrantReportEntity, { id: reportId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!row) return fail(Code.REPORT_NOT_FOUND, 'no such report of yours', 'reportId');
      const found = await this.awardFor(em, row.awardId, actor.viewer);
      if ('errors' in found)
        return found.errors[0]!.code === Code.AWARD_NOT_FOUND
          ? fail(Code.REPORT_NOT_FOUND, 'no such report of yours', 'reportId')
          : found;
      if (row.version !== version)
        return fail(Code.VERSION_CONFLICT, `the report is at version ${row.version}, not ${version}`, 'version');
      if (row.status !== 'RETURNED')
        return fail(
          Code.WRONG_STATE,
          `only a returned report is submitted again; it is ${row.status.toLowerCase()}`,
          'reportId',
        );
      const application = await em.findOneOrFail(GrantApplicationEntity, { id: found.award.applicationId });
      const errors = budgetErrors(content, application);
      if (errors.length) return { errors };
      write(row, content);
      row.status = 'SUBMITTED';
      row.submittedAt = new Date();
      row.submittedBy = actor.viewer.userId;
      row.decidedAt = null;
      row.decidedBy = null;
      row.version += 1;
      audit(em, {
        actorId: actor.viewer.userId,
        action: 'GRANT_REPORT_RESUBMITTED',
        subjectType: 'GrantReport',
        subjectId: row.id,
        from: 'RETURNED',
        to: 'SUBMITTED',
        requestId: actor.requestId,
      });
      await em.flush();
      return { ok: row, application };
    });
  }

  /** An officer approves a submitted report or returns it with comments, on the version they saw. */
  async decide(
    reportId: string,
    version: number,
    decision: 'APPROVE' | 'RETURN',
    comments: string | null,
    actor: ReportActor,
  ) {
    const why = clean(comments);
    if (decision === 'RETURN' && !why) return fail(Code.COMMENTS_REQUIRED, 'say what to change', 'comments');
    return this.em.transactional(async (em): Promise<ReportResult> => {
      const row = await em.findOne(GrantReportEntity, { id: reportId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!row) return fail(Code.REPORT_NOT_FOUND, 'no such report', 'reportId');
      if (row.version !== version)
        return fail(Code.VERSION_CONFLICT, `the report is at version ${row.version}, not ${version}`, 'version');
      if (row.status !== 'SUBMITTED')
        return fail(
          Code.WRONG_STATE,
          `only a submitted report is approved or returned; it is ${row.status.toLowerCase()}`,
          'reportId',
        );
      const to = decision === 'APPROVE' ? 'APPROVED' : 'RETURNED';
      row.status = to;
      row.officerComments = why;
      row.decidedAt = new Date();
      row.decidedBy = actor.viewer.userId;
      row.version += 1;
      audit(em, {
        actorId: actor.viewer.userId,
        action: `GRANT_REPORT_${to}`,
        subjectType: 'GrantReport',
        subjectId: row.id,
        from: 'SUBMITTED',
        to,
        reason: why,
        requestId: actor.requestId,
      });
      await em.flush();
      const award = await em.findOneOrFail(GrantAwardEntity, { id: row.awardId });
      const application = await em.findOneOrFail(GrantApplicationEntity, { id: award.applicationId });
      return { ok: row, application };
    });
  }
}

/**
 * The hook of the disbursements: whether the report a tranche depends on (the award's report of `kind` and
 * `sequence`) is approved. Called inside the disbursement's transaction with its EntityManager; the report row is
 * read with a share lock, so an approval cannot be undone under a payment that relies on it.
 */
export async function isGrantReportApproved(
  em: EntityManager,
  awardId: string,
  report: { kind: GrantReportKindValue; sequence: number },
): Promise<boolean> {
  const row = await em.findOne(
    GrantReportEntity,
    { awardId, kind: report.kind, sequence: report.sequence },
    em.isInTransaction() ? { lockMode: LockMode.PESSIMISTIC_READ } : {},
  );
  return row?.status === 'APPROVED';
}
