import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ForbiddenError } from '../../common/errors/api-errors.js';
import type { GraphQLContext } from '../../context.js';
import { listApiTokens } from './api-token.service.js';
import { SessionService } from './session.service.js';
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
    const rows = await new SessionService(ctx.em).list(viewer.principal.userId);
    const current = viewer.principal.via.kind === 'SESSION' ? viewer.principal.via.sessionId : undefined;
    return rows.map((row) =>
      Object.assign(new Session(), {
        id: row.id,
        createdAt: row.createdAt,
        expiresAt: row.expiresAt,
        ipAddress: row.ipAddress,
        userAgent: row.userAgent,
        current: row.id === current,
      }),
    );
  }

  @FieldResolver(() => [ApiToken], { description: "The person's API tokens, newest first (revoked ones included)." })
  async apiTokens(@Root() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<ApiToken[]> {
    const tokens = await listApiTokens(ctx.em, viewer.principal.userId);
    return tokens.map((token) => Object.assign(new ApiToken(), token));
  }
}
