/**
 * Personal API tokens for third parties: `shbk_` + 32 random bytes (base64url), shown once; only their SHA-256 is
 * stored (a fast hash is right for a random secret of 256 bits: there is nothing to guess). Sent as
 * `Authorization: Bearer <token>`; the last use is recorded at most once a minute.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { ApiTokenScopeName } from '../../common/auth/viewer.js';
import { knexRows, parseTimestamp } from '../../database/sql.js';

const PREFIX = 'shbk_';
export const MAX_TOKENS_PER_PERSON = 20;

export interface ApiTokenRecord {
  id: string;
  name: string;
  prefix: string;
  scope: ApiTokenScopeName;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const COLUMNS = 'id, name, prefix, scope, created_at, last_used_at, revoked_at';

function digest(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

export async function createApiToken(
  knex: Knex,
  userId: string,
  name: string,
  scope: ApiTokenScopeName,
): Promise<{ token: ApiTokenRecord; secret: string }> {
  const secret = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = randomUUID();
  const [row] = await knexRows<TokenRow>(
    knex,
    `insert into api_token (id, user_id, name, secret_hash, prefix, scope) values (?, ?, ?, ?, ?, ?) returning ${COLUMNS}`,
    [id, userId, name, digest(secret), secret.slice(0, PREFIX.length + 4), scope],
  );
  return { token: toRecord(row!), secret };
}

interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  scope: ApiTokenScopeName;
  created_at: Date | string;
  last_used_at: Date | string | null;
  revoked_at: Date | string | null;
}

function toRecord(row: TokenRow): ApiTokenRecord {
  const date = (v: Date | string | null): Date | null => (v === null ? null : parseTimestamp(v));
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scope: row.scope,
    createdAt: parseTimestamp(row.created_at),
    lastUsedAt: date(row.last_used_at),
    revokedAt: date(row.revoked_at),
  };
}

/**
 * Creates a token unless the person already has MAX_TOKENS_PER_PERSON active ones (undefined then). One person's
 * creations are serialised by an advisory lock, so the limit holds under concurrent requests.
 */
export function createApiTokenWithinLimit(
  em: EntityManager,
  userId: string,
  name: string,
  scope: ApiTokenScopeName,
): Promise<{ token: ApiTokenRecord; secret: string } | undefined> {
  return em.getKnex().transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`api_token:${userId}`]);
    if ((await countActiveTokens(trx, userId)) >= MAX_TOKENS_PER_PERSON) return undefined;
    return createApiToken(trx, userId, name, scope);
  });
}

export async function countActiveTokens(knex: Knex, userId: string): Promise<number> {
  const [row] = await knexRows<{ n: number }>(
    knex,
    'select count(*)::int as n from api_token where user_id = ? and revoked_at is null',
    [userId],
  );
  return row?.n ?? 0;
}

export async function listApiTokens(em: EntityManager, userId: string): Promise<ApiTokenRecord[]> {
  const rows = await knexRows<TokenRow>(
    em.getKnex(),
    `select ${COLUMNS} from api_token where user_id = ? order by created_at desc`,
    [userId],
  );
  return rows.map(toRecord);
}

/** Revokes one of the person's tokens; false when it is not theirs (or unknown), so both look the same. */
export async function revokeApiToken(
  em: EntityManager,
  userId: string,
  id: string,
): Promise<ApiTokenRecord | undefined> {
  const rows = await knexRows<TokenRow>(
    em.getKnex(),
    `update api_token set revoked_at = coalesce(revoked_at, now()) where id = ? and user_id = ? returning ${COLUMNS}`,
    [id, userId],
  );
  return rows[0] ? toRecord(rows[0]) : undefined;
}

/**
 * The digest to look a presented secret up by, or undefined when it cannot be a token (no statement is needed then).
 * The lookup itself joins the person (viewer.service.ts): one statement authenticates a request.
 */
export function presentedTokenDigest(secret: string): Buffer | undefined {
  if (!secret.startsWith(PREFIX) || secret.length > 100) return undefined;
  return digest(secret);
}
