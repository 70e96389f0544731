import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from '../../common/errors/api-errors.js';
import { pageInfoOf } from '../../common/pagination/connection.type.js';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import type { GraphQLContext } from '../../context.js';
import { directoryLoaders, toOrganization, type Organization } from '../directory/index.js';
import { partyOf, type PartyRef } from './listing.service.js';
import { PartnerSuggestionService, type SuggestionCursor } from './partner-suggestion.service.js';
import {
  PartnerSuggestionConnection,
  type PartnerSuggestionCriterion,
  type PartnerSuggestionEdge,
} from './partner-suggestion.type.js';
import { partnershipLoaders } from './partnerships.loaders.js';
import { toInstitution, type Institution } from './partnerships.type.js';

const CURSOR_KIND = 'partner-suggestions';

function cursorOf(argument: string, cursor: string): SuggestionCursor {
  const { v } = decodeCursor(argument, cursor, CURSOR_KIND) as { v?: unknown };
  if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'number' || typeof v[1] !== 'string') {
    throw new BadUserInputError(argument, 'is not a cursor returned by this API');
  }
  return { score: v[0], id: v[1] };
}

async function partyNode(ctx: GraphQLContext, party: PartyRef): Promise<Organization | Institution | null> {
  if (party.kind === 'Organization') {
    const record = await ctx.loaders.of(directoryLoaders).recordById.load(party.uuid);
    return record ? toOrganization(record) : null;
  }
  const row = await ctx.loaders.of(partnershipLoaders).institutionById.load(party.uuid);
  return row ? toInstitution(row) : null;
}

@Resolver()
export class PartnerSuggestionResolver {
  @Authorized('SIGNED_IN')
  @Query(() => PartnerSuggestionConnection, {
    description:
      'Partners suggested to an organisation or an institution, best first, each with its score (0-100), the points of each criterion and the reasons in Arabic and English. Never the party itself, its partners (proposed or active partnerships), parties with a pending or declined request with it, nor unverified or rejected organisations. For the members of the party and for officers.',
  })
  async partnerSuggestions(
    @Arg('partyId', () => ID, { description: 'The global id of the organisation or institution asking.' })
    partyId: string,
    @Args(() => PaginationArgs) args: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnerSuggestionConnection> {
    if (!ctx.viewer) throw new UnauthenticatedError();
    const party = partyOf(partyId);
    if (!party) throw new BadUserInputError('partyId', 'is not the id of an organisation or an institution');
    const request = pageRequest(args);
    const after = request.after ? cursorOf('after', request.after) : undefined;
    const before = request.before ? cursorOf('before', request.before) : undefined;
    const service = new PartnerSuggestionService(ctx.em);
    if (!(await service.maySee(ctx.viewer, party))) {
      throw new ForbiddenError('only the members of this party and officers see its partner suggestions');
    }
    const page = await service.page(
      party,
      { direction: request.direction, size: request.size, after, before },
      new Date(),
    );
    if (!page) throw new NotFoundError(`organisation or institution ${partyId}`);
    const nodes = await Promise.all(page.suggestions.map((s) => partyNode(ctx, s.party)));
    const edges: PartnerSuggestionEdge[] = [];
    page.suggestions.forEach((s, i) => {
      const node = nodes[i];
      if (!node) return;
      edges.push({
        cursor: encodeCursor(CURSOR_KIND, { v: [s.score, s.party.uuid] }),
        node,
        score: s.score,
        breakdown: s.breakdown.map((c) => ({
          criterion: c.criterion as PartnerSuggestionCriterion,
          weight: c.weight,
          points: c.points,
          reasons: c.reasons,
        })),
        reasons: s.reasons,
      });
    });
    return {
      edges,
      pageInfo: pageInfoOf(edges, request, page.more),
      totalCount: page.totalCount,
    };
  }
}
