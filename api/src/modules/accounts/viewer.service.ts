/**
 * Builds the request's viewer from an API token (`Authorization: Bearer`) or the session cookie (Better Auth), with
 * the person's platform roles and memberships in one statement. No credentials: the public, and no statement at all.
 */
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { MemberRoleName, PlatformRoleName, Viewer } from '../../common/auth/viewer.js';
import { knexRows } from '../../database/sql.js';
import { UnauthenticatedError } from '../../common/errors/api-errors.js';
import { authenticateApiToken } from './api-token.service.js';
import type { Auth } from './auth.js';

export const SESSION_COOKIE = 'shabaka.session_token';

export async function resolveViewer(knex: Knex, auth: Auth, headers: Headers): Promise<Viewer | null> {
  const authorization = headers.get('authorization');
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError('Authorization must be "Bearer <API token>"');
    const token = await authenticateApiToken(knex, match[1]!);
    if (!token) throw new UnauthenticatedError('This API token is unknown or revoked');
    return loadViewer(knex, token.userId, { kind: 'API_TOKEN', tokenId: token.tokenId, scope: token.scope });
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

export async function loadViewer(knex: Knex, userId: string, via: Viewer['via']): Promise<Viewer | null> {
  const [row] = await knexRows<{
    id: string;
    email: string;
    name: string;
    email_verified: boolean;
    roles: PlatformRoleName[];
    memberships: { o: string; r: MemberRoleName }[];
  }>(
    knex,
    `select u.id, u.email, u.name, u.email_verified,
       coalesce((select array_agg(r.role order by r.role) from platform_role r where r.user_id = u.id), '{}') as roles,
       coalesce((select json_agg(json_build_object('o', m.organization_id, 'r', m.role))
                 from organization_member m where m.user_id = u.id), '[]') as memberships
     from auth_user u where u.id = ?`,
    [userId],
  );
  if (!row) return null;
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
