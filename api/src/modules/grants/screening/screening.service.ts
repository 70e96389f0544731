/**
 * Screening of applications against the imported restrictive-measures list: the import (the EU consolidated
 * financial sanctions list's CSV, replacing the list in one transaction), the matching of an application's lead,
 * co-applicants and their named people (contacts) against every entry's names and aliases by their name keys
 * (`name-keys.ts`, pg_trgm `similarity` against `SCREENING_THRESHOLD`), and the officer's decision on each hit.
 * A dismissal is remembered for the subject and the entry while the entry's content stays the same.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse/sync';
import { audit } from '../../../common/audit/audit.js';
import { defineJob, type JobQueue } from '../../../common/jobs/job-queue.js';
import { sqlRows } from '../../../database/sql.js';
import { GrantErrorCode as Code, grantError, type GrantError } from '../grants.errors.js';
import { nameKey, SCREENING_THRESHOLD } from './name-keys.js';

export interface ScreeningActor {
  /** Null for the command line. */
  userId: string | null;
  requestId: string | null;
}

export interface ParsedEntry {
  logicalId: string;
  subjectType: 'PERSON' | 'ENTERPRISE' | 'OTHER';
  reference: string | null;
  names: string[];
}

export interface ParsedList {
  publishedOn: string | null;
  entries: ParsedEntry[];
}

/** The publication date the file carries (`fileGenerationDate`: `2026-11-28` or `28/11/2026`). */
function isoDate(value: string | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const eu = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(v);
  if (eu) return `${eu[3]}-${eu[2]}-${eu[1]}`;
  return null;
}

/**
 * Reads the EU FSF CSV (';'-separated, one row per name alias of an entity, with a header row). Only the columns
 * named here are read; the others are ignored. Throws a message naming what is wrong.
 */
export function parseSanctionsCsv(content: string): ParsedList {
  let rows: Record<string, string>[];
  try {
    rows = parse<Record<string, string>>(content, {
      delimiter: ';',
      columns: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    });
  } catch (error) {
    throw new Error(`not a ';'-separated CSV: ${(error as Error).message}`, { cause: error });
  }
  if (rows.length === 0) throw new Error('the file has no rows');
  const header = Object.keys(rows[0]!);
  for (const column of ['Entity_LogicalId', 'NameAlias_WholeName']) {
    if (!header.includes(column)) throw new Error(`the column ${column} is missing`);
  }
  const byId = new Map<string, ParsedEntry>();
  let publishedOn: string | null = null;
  for (const row of rows) {
    publishedOn ??= isoDate(row['fileGenerationDate']);
    const logicalId = row['Entity_LogicalId']?.trim();
    if (!logicalId) continue;
    let entry = byId.get(logicalId);
    if (!entry) {
      const code = (row['Entity_SubjectType_ClassificationCode'] ?? row['Entity_SubjectType'] ?? '').toLowerCase();
      entry = {
        logicalId,
        subjectType: code.startsWith('person') ? 'PERSON' : code.startsWith('enterprise') ? 'ENTERPRISE' : 'OTHER',
        reference: row['Entity_EU_ReferenceNumber']?.trim() || null,
        names: [],
      };
      byId.set(logicalId, entry);
    }
    const whole =
      row['NameAlias_WholeName'] ||
      [row['NameAlias_FirstName'], row['NameAlias_MiddleName'], row['NameAlias_LastName']].filter(Boolean).join(' ');
    const name = whole.trim().slice(0, 500);
    if (name && !entry.names.includes(name)) entry.names.push(name);
  }
  return { publishedOn, entries: [...byId.values()].filter((e) => e.names.length > 0) };
}

const hashOf = (entry: ParsedEntry): string =>
  createHash('sha256')
    .update(JSON.stringify([entry.subjectType, entry.reference, [...entry.names].sort()]))
    .digest('hex');

/** Screens one application (after its submission, on an officer's demand, after a re-import). */
export const screenApplicationJob = defineJob<{ applicationId: string }>({
  name: 'grants.screen-application',
  oneWaitingPerKey: true,
  run: async ({ applicationId }, { em }) => {
    await em.transactional((tx) => screenApplication(tx, applicationId));
  },
});

interface Subject {
  kind: 'ORGANIZATION' | 'PERSON';
  organizationId: string;
  name: string;
  key: string;
}

/** The lead's and co-applicants' names (ar, en, acronym) and their contacts' names. */
async function subjects(em: EntityManager, applicationId: string): Promise<Subject[]> {
  const orgs = await sqlRows<{ id: string; name_ar: string | null; name_en: string | null; acronym: string | null }>(
    em,
    `select o.id, o.name_ar, o.name_en, o.acronym from organization o
     where o.id in (select lead_organization_id from grant_application where id = ?
                    union select organization_id from grant_application_partner
                    where application_id = ? and organization_id is not null)`,
    [applicationId, applicationId],
  );
  const people = await sqlRows<{ organization_id: string; name: string }>(
    em,
    `select organization_id, name from organization_contact where organization_id in (select (jsonb_array_elements_text(?::jsonb))::uuid) and name is not null`,
    [JSON.stringify(orgs.map((o) => o.id))],
  );
  const out: Subject[] = [];
  const add = (kind: Subject['kind'], organizationId: string, name: string | null) => {
    if (!name?.trim()) return;
    const key = nameKey(name);
    if (!key || out.some((s) => s.organizationId === organizationId && s.kind === kind && s.key === key)) return;
    out.push({ kind, organizationId, name: name.trim(), key });
  };
  for (const o of orgs) for (const n of [o.name_ar, o.name_en, o.acronym]) add('ORGANIZATION', o.id, n);
  for (const p of people) add('PERSON', p.organization_id, p.name);
  return out;
}

/**
 * Matches every subject against every entry name: new potential hits are recorded, stale potential ones (the entry
 * gone or no longer close) removed, a dismissal for the same subject and unchanged entry raises nothing, a
 * dismissed hit whose entry changed becomes potential again. Answers the number of potential hits.
 */
export async function screenApplication(em: EntityManager, applicationId: string): Promise<number> {
  await em.execute('select id from grant_application where id = ? for update', [applicationId]);
  const found: { subject: Subject; logicalId: string; hash: string; name: string; score: number }[] = [];
  for (const subject of await subjects(em, applicationId)) {
    const rows = await sqlRows<{ logical_id: string; content_hash: string; name: string; score: number }>(
      em,
      `select distinct on (n.logical_id) n.logical_id, e.content_hash, n.name, similarity(n.name_key, ?) as score
       from grant_screening_entry_name n join grant_screening_entry e using (logical_id)
       where similarity(n.name_key, ?) >= ?
       order by n.logical_id, score desc`,
      [subject.key, subject.key, SCREENING_THRESHOLD],
    );
    for (const r of rows)
      found.push({ subject, logicalId: r.logical_id, hash: r.content_hash, name: r.name, score: r.score });
  }
  const subjectKey = (s: Subject) => `${s.kind}:${s.organizationId}:${s.key}`;
  const keep = new Set(found.map((f) => `${subjectKey(f.subject)}|${f.logicalId}`));
  const potential = await sqlRows<{ id: string; subject_key: string; entry_logical_id: string }>(
    em,
    `select id, subject_key, entry_logical_id from grant_screening_hit where application_id = ? and status = 'POTENTIAL'`,
    [applicationId],
  );
  const stale = potential.filter((p) => !keep.has(`${p.subject_key}|${p.entry_logical_id}`)).map((p) => p.id);
  if (stale.length)
    await em.execute(
      'delete from grant_screening_hit where id in (select (jsonb_array_elements_text(?::jsonb))::uuid)',
      [JSON.stringify(stale)],
    );
  for (const f of found) {
    const key = subjectKey(f.subject);
    const [dismissed] = await sqlRows<{ entry_hash: string }>(
      em,
      'select entry_hash from grant_screening_dismissal where subject_key = ? and entry_logical_id = ?',
      [key, f.logicalId],
    );
    const remembered = dismissed?.entry_hash === f.hash;
    await em.execute(
      `insert into grant_screening_hit (id, application_id, subject_kind, subject_key, organization_id, subject_name,
         entry_logical_id, entry_hash, matched_name, score, status, reason, decided_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (application_id, subject_key, entry_logical_id) do update set
         entry_hash = excluded.entry_hash, matched_name = excluded.matched_name, score = excluded.score,
         status = case when grant_screening_hit.status = 'DISMISSED' and grant_screening_hit.entry_hash <> excluded.entry_hash
                       then 'POTENTIAL' else grant_screening_hit.status end,
         reason = case when grant_screening_hit.status = 'DISMISSED' and grant_screening_hit.entry_hash <> excluded.entry_hash
                       then null else grant_screening_hit.reason end,
         decided_at = case when grant_screening_hit.status = 'DISMISSED' and grant_screening_hit.entry_hash <> excluded.entry_hash
                       then null else grant_screening_hit.decided_at end,
         decided_by = case when grant_screening_hit.status = 'DISMISSED' and grant_screening_hit.entry_hash <> excluded.entry_hash
                       then null else grant_screening_hit.decided_by end`,
      [
        randomUUID(),
        applicationId,
        f.subject.kind,
        key,
        f.subject.organizationId,
        f.subject.name.slice(0, 500),
        f.logicalId,
        f.hash,
        f.name,
        Math.min(1, f.score),
        remembered ? 'DISMISSED' : 'POTENTIAL',
        remembered ? 'dismissed before for the same entry' : null,
        remembered ? new Date() : null,
      ],
    );
  }
  const [count] = await sqlRows<{ n: number }>(
    em,
    `select count(*)::int as n from grant_screening_hit where application_id = ? and status = 'POTENTIAL'`,
    [applicationId],
  );
  return count?.n ?? 0;
}

/** The audit log's subject id of the (one) screening list. */
export const SCREENING_LIST_AUDIT_ID = '00000000-0000-4000-8000-000000000001';

export type ImportResult = { ok: { entryCount: number; publishedOn: string | null } } | { errors: GrantError[] };

/** Replaces the list with the file's entries in one transaction, then queues a screening of every live application. */
export async function importSanctionsList(
  em: EntityManager,
  content: string,
  source: string,
  actor: ScreeningActor,
  jobs: JobQueue | null,
): Promise<ImportResult> {
  let parsed: ParsedList;
  try {
    parsed = parseSanctionsCsv(content);
  } catch (error) {
    return { errors: [grantError(Code.INVALID_SCREENING_FILE, (error as Error).message, 'content')] };
  }
  if (parsed.entries.length === 0)
    return { errors: [grantError(Code.INVALID_SCREENING_FILE, 'the file names no entity', 'content')] };
  return em.transactional(async (tx) => {
    await tx.execute('lock table grant_screening_entry in exclusive mode');
    await tx.execute('delete from grant_screening_entry');
    const entries = parsed.entries.map((e) => ({
      logical_id: e.logicalId.slice(0, 100),
      subject_type: e.subjectType,
      reference: e.reference?.slice(0, 200) ?? null,
      names: e.names,
      content_hash: hashOf(e),
    }));
    const names = parsed.entries
      .flatMap((e) => e.names.map((n) => ({ logical_id: e.logicalId.slice(0, 100), name: n, name_key: nameKey(n) })))
      .filter((n) => n.name_key);
    // one statement each, the rows as JSON (arrays stay arrays)
    await tx.execute(
      `insert into grant_screening_entry (logical_id, subject_type, reference, names, content_hash)
       select x.logical_id, x.subject_type, x.reference, array(select jsonb_array_elements_text(x.names)), x.content_hash
       from jsonb_to_recordset(?::jsonb) as x(logical_id text, subject_type text, reference text, names jsonb,
                                              content_hash text)`,
      [JSON.stringify(entries)],
    );
    await tx.execute(
      `insert into grant_screening_entry_name (logical_id, name, name_key)
       select x.logical_id, x.name, x.name_key from jsonb_to_recordset(?::jsonb) as x(logical_id text, name text, name_key text)`,
      [JSON.stringify(names)],
    );
    await tx.execute(
      `insert into grant_screening_list (id, source, published_on, imported_at, imported_by, entry_count)
       values (1, ?, ?, now(), ?, ?)
       on conflict (id) do update set source = excluded.source, published_on = excluded.published_on,
         imported_at = excluded.imported_at, imported_by = excluded.imported_by, entry_count = excluded.entry_count`,
      [source.slice(0, 200) || 'upload', parsed.publishedOn, actor.userId, entries.length],
    );
    audit(tx, {
      actorId: actor.userId,
      action: 'GRANT_SCREENING_LIST_IMPORTED',
      subjectType: 'GrantScreeningList',
      subjectId: SCREENING_LIST_AUDIT_ID,
      to: `${entries.length} entries`,
      reason: parsed.publishedOn ? `published ${parsed.publishedOn}` : null,
      requestId: actor.requestId,
    });
    await tx.flush();
    if (jobs) {
      const live = await sqlRows<{ id: string }>(
        tx,
        `select id from grant_application where status in ('SUBMITTED', 'INELIGIBLE')`,
      );
      for (const a of live) await jobs.send(tx, screenApplicationJob, { applicationId: a.id }, { singletonKey: a.id });
    }
    return { ok: { entryCount: entries.length, publishedOn: parsed.publishedOn } };
  });
}

export type DecideResult = { ok: string } | { errors: GrantError[] };

/** An officer confirms a hit (the application becomes ineligible, with the reason) or dismisses it (remembered). */
export async function decideHit(
  em: EntityManager,
  hitId: string,
  decision: 'CONFIRM' | 'DISMISS',
  reason: string,
  actor: ScreeningActor,
): Promise<DecideResult> {
  const why = reason.trim();
  if (!why) return { errors: [grantError(Code.REQUIRED, 'a reason is required', 'reason')] };
  return em.transactional(async (tx) => {
    const [hit] = await sqlRows<{
      id: string;
      application_id: string;
      status: string;
      subject_key: string;
      entry_logical_id: string;
      entry_hash: string;
      subject_name: string;
    }>(tx, 'select * from grant_screening_hit where id = ? for update', [hitId]);
    if (!hit) return { errors: [grantError(Code.SCREENING_HIT_NOT_FOUND, 'no such screening hit', 'hitId')] };
    if (hit.status !== 'POTENTIAL')
      return { errors: [grantError(Code.SCREENING_HIT_DECIDED, `it is already ${hit.status.toLowerCase()}`, 'hitId')] };
    const to = decision === 'CONFIRM' ? 'CONFIRMED' : 'DISMISSED';
    await tx.execute(
      `update grant_screening_hit set status = ?, reason = ?, decided_by = ?, decided_at = now() where id = ?`,
      [to, why, actor.userId, hit.id],
    );
    audit(tx, {
      actorId: actor.userId,
      action: decision === 'CONFIRM' ? 'GRANT_SCREENING_HIT_CONFIRMED' : 'GRANT_SCREENING_HIT_DISMISSED',
      subjectType: 'GrantScreeningHit',
      subjectId: hit.id,
      from: 'POTENTIAL',
      to,
      reason: why,
      requestId: actor.requestId,
    });
    if (decision === 'DISMISS') {
      await tx.execute(
        `insert into grant_screening_dismissal (subject_key, entry_logical_id, entry_hash, reason, dismissed_by)
         values (?, ?, ?, ?, ?)
         on conflict (subject_key, entry_logical_id) do update set entry_hash = excluded.entry_hash,
           reason = excluded.reason, dismissed_by = excluded.dismissed_by, dismissed_at = now()`,
        [hit.subject_key, hit.entry_logical_id, hit.entry_hash, why, actor.userId],
      );
    } else {
      const [changed] = await sqlRows<{ id: string }>(
        tx,
        `update grant_application set status = 'INELIGIBLE', ineligible_reason = ?, version = version + 1,
           updated_at = now()
         where id = ? and status = 'SUBMITTED' returning id`,
        [
          `screening: ${hit.subject_name} matches list entry ${hit.entry_logical_id}: ${why}`.slice(0, 2000),
          hit.application_id,
        ],
      );
      if (changed) {
        audit(tx, {
          actorId: actor.userId,
          action: 'GRANT_APPLICATION_INELIGIBLE',
          subjectType: 'GrantApplication',
          subjectId: hit.application_id,
          from: 'SUBMITTED',
          to: 'INELIGIBLE',
          reason: why,
          requestId: actor.requestId,
        });
      }
    }
    await tx.flush();
    return { ok: hit.application_id };
  });
}
