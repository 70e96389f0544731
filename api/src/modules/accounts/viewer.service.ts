/**
 * Builds the request's viewer from an API token (`Authorization: Bearer`) or the session cookie (Better Auth), with
 * the person's platform roles and memberships in one statement (an API token's lookup and its last use included). No
 * credentials: the public, and no statement at all.
 */
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { ApiTokenScopeName, MemberRoleName, PlatformRoleName, Viewer } from '../../common/auth/viewer.js';
import { knexRows } from '../../database/sql.js';
import { UnauthenticatedError } from '../../common/errors/api-errors.js';
import { presentedTokenDigest } from './api-token.service.js';
import type { Auth } from './auth.js';

export const SESSION_COOKIE = 'shabaka.session_token';

export async function resolveViewer(knex: Knex, auth: Auth, headers: Headers): Promise<Viewer | null> {
  const authorization = headers.get('authorization');
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError('Authorization must be "Bearer <API token>"');
    const viewer = await tokenViewer(knex, match[1]!);
    if (!viewer) throw new UnauthenticatedError('This API token is unknown or revoked');
    return viewer;
  }
  if (!headers.get('cookie')?.includes(SESSION_COOKIE)) return null;
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  return loadViewer(knex, session.user.id, { kind: 'SESSION', sessionId: session.session.id });
}

/** The viewer of a session just opened (sign-in, a confirmed address). */
export function sessionViewer(em: EntityManager, userId: string, sessionId: string): Promise<Viewer | null> {
  return loadViewer(em.getKnex(), userId, { kind: 'SESSION', sessionId });
}

interface ViewerRow {
  id: string;
  email: string;
  name: string;
  email_verified: boolean;
  roles: PlatformRoleName[];
  memberships: { o: string; r: MemberRoleName }[];
}

/** The person's columns, roles and memberships (`u` is their auth_user row). */
const VIEWER_COLUMNS = `u.id, u.email, u.name, u.email_verified,
       coalesce((select array_agg(r.role order by r.role) from platform_role r where r.user_id = u.id), '{}') as roles,
       coalesce((select json_agg(json_build_object('o', m.organization_id, 'r', m.role))
                 from organization_member m where m.user_id = u.id), '[]') as memberships`;

function toViewer(row: ViewerRow, via: Viewer['via']): Viewer {
  return {
    userId: row.id,
    email: row.email,
    name: row.name,
    emailVerified: row.email_verified,
    roles: new Set(row.roles),
    memberships: new Map(row.memberships.map((m) => [m.o, m.r])),
    via,
  };
}

/**
 * The viewer behind a presented API token, or null when unknown or revoked: the token, its last use (recorded at
 * most once a minute) and the person in one statement, as every API request pays for it.
 */
async function tokenViewer(knex: Knex, secret: string): Promise<Viewer | null> {
  const presented = presentedTokenDigest(secret);
  if (!presented) return null;
  const [row] = await knexRows<ViewerRow & { token_id: string; scope: ApiTokenScopeName }>(
    knex,
    `with token as (
       select id, user_id, scope, coalesce(last_used_at > now() - interval '1 minute', false) as recent
       from api_token where secret_hash = ? and revoked_at is null
     ), touched as (
       update api_token t set last_used_at = now() from token where t.id = token.id and not token.recent
     )
     select token.id as token_id, token.scope, ${VIEWER_COLUMNS}
     from token join auth_user u on u.id = token.user_id`,
    [presented],
  );
  return row ? toViewer(row, { kind: 'API_TOKEN', tokenId: row.token_id, scope: row.scope }) : null;
}

export async function loadViewer(knex: Knex, userId: string, via: Viewer['via']): Promise<Viewer | null> {
  const [row] = await knexRows<ViewerRow>(knex, `select ${VIEWER_COLUMNS} from auth_user u where u.id = ?`, [userId]);
  return row ? toViewer(row, via) : null;
}
