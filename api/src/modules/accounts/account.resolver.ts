import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ForbiddenError } from '../../common/errors/api-errors.js';
import type { GraphQLContext } from '../../context.js';
import { parseTimestamp, sqlRows } from '../../database/sql.js';
import { listApiTokens } from './api-token.service.js';
import { toViewer } from './account.mapper.js';
import { ApiToken, Session, Viewer } from './account.type.js';

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, {
    nullable: true,
    description: 'The person making the request (session cookie or API token); null for the public.',
  })
  viewer(@Ctx() ctx: GraphQLContext): Viewer | null {
    return ctx.viewer ? toViewer(ctx.viewer) : null;
  }

  @FieldResolver(() => [Session], {
    description:
      'Open sessions of the person, newest first; for a signed-in browser only (FORBIDDEN for an API token: they say where the person signs in from).',
  })
  async sessions(@Root() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<Session[]> {
    if (viewer.principal.via.kind !== 'SESSION') {
      throw new ForbiddenError('sessions are listed for a signed-in browser only, not for an API token');
    }
    const rows = await sqlRows<{
      id: string;
      created_at: string;
      expires_at: string;
      ip_address: string | null;
      user_agent: string | null;
    }>(
      ctx.em,
      `select id, created_at, expires_at, ip_address, user_agent from auth_session
       where user_id = ? and expires_at > now() order by created_at desc`,
      [viewer.principal.userId],
    );
    const current = viewer.principal.via.kind === 'SESSION' ? viewer.principal.via.sessionId : undefined;
    return rows.map((row) =>
      Object.assign(new Session(), {
        id: row.id,
        createdAt: parseTimestamp(row.created_at),
        expiresAt: parseTimestamp(row.expires_at),
        ipAddress: row.ip_address,
        userAgent: row.user_agent,
        current: row.id === current,
      }),
    );
  }

  @FieldResolver(() => [ApiToken], { description: "The person's API tokens, newest first (revoked ones included)." })
  async apiTokens(@Root() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<ApiToken[]> {
    const tokens = await listApiTokens(ctx.em.getKnex(), viewer.principal.userId);
    return tokens.map((token) => Object.assign(new ApiToken(), token));
  }
}
