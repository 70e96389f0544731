import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { selectsField } from '../../common/graphql/selection.js';
import { BadUserInputError, NotFoundError } from '../../common/errors/api-errors.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import { fromGlobalId, isUuid } from '../../common/relay/global-id.js';
import type { GraphQLContext } from '../../context.js';
import { Governorate, LegalForm, Sector, TargetGroup } from './code-list.type.js';
import { toGovernorate, toNamed } from './code-list.mapper.js';
import {
  OrganizationConnection,
  OrganizationEdge,
  OrganizationFacets,
  OrganizationHighlight,
} from './organization.connection.js';
import type { VerificationStateEnum } from './organization.enums.js';
import { OrganizationFilter, OrganizationOrder } from './organization.filters.js';
import { ORGANIZATION_TYPE, toOrganization } from './organization.mapper.js';
import { OrganizationSearchRepository, type Count } from './organization.search.js';
import { highlightWords, validateFilter } from './search-plan.js';
import { CapacityAssessment, Organization, OrganizationContact, OrganizationIdentifier } from './organization.type.js';
import { highlight, snippet } from './search-highlight.js';
import { directoryLoaders } from './organization.loaders.js';
import { logoUrl } from './logo.storage.js';

export async function organizationByUuid(ctx: GraphQLContext, uuid: string): Promise<Organization | null> {
  const record = await new OrganizationSearchRepository(ctx.em).byId(uuid);
  return record ? toOrganization(record) : null;
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, {
    description:
      'The public directory of civil society organisations: search in Arabic and English, filter, sort and page through it (Relay connection).',
  })
  async organizations(
    @Ctx() ctx: GraphQLContext,
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true, description: 'Narrow the list.' })
    filter: OrganizationFilter | null,
    @Arg('search', () => String, {
      nullable: true,
      description:
        'Words to find in names, acronyms and missions, in Arabic or English (at most 200 characters). Diacritics, letter forms and case do not matter, the last word may be incomplete, and a search with no exact hit falls back to typo-tolerant matches.',
    })
    search: string | null,
    @Arg('orderBy', () => OrganizationOrder, {
      nullable: true,
      description: 'Sort order; by relevance when searching, else by Arabic name.',
    })
    orderBy: OrganizationOrder | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OrganizationConnection> {
    const page = pageRequest(pagination);
    validateFilter(filter, await ctx.loaders.of(directoryLoaders).codeLists());
    const wantsFacets = selectsField(info, 'facets');
    const {
      plan,
      page: result,
      stats,
    } = await new OrganizationSearchRepository(ctx.em).search({
      filter,
      search,
      order: orderBy,
      page,
      withStats: wantsFacets,
    });
    const connection = new OrganizationConnection();
    connection.query = { filter, plan, wantsFacets };
    connection.stats = stats;
    connection.fuzzy = plan.mode === 'fuzzy';
    const words = highlightWords(plan);
    connection.edges = result.hits.map((hit) => {
      const edge = new OrganizationEdge();
      edge.cursor = hit.cursor;
      edge.node = toOrganization(hit.record);
      edge.words = words;
      return edge;
    });
    connection.pageInfo = {
      hasNextPage: result.hasNextPage,
      hasPreviousPage: result.hasPreviousPage,
      startCursor: connection.edges[0]?.cursor ?? null,
      endCursor: connection.edges.at(-1)?.cursor ?? null,
    };
    return connection;
  }

  @Query(() => Organization, { nullable: true, description: 'One organisation by its global id (or its UUID).' })
  async organization(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The global `id`, or the `uuid`.' }) id: string,
  ): Promise<Organization | null> {
    const global = fromGlobalId(id);
    const uuid = isUuid(id) ? id : global?.type === ORGANIZATION_TYPE && isUuid(global.key) ? global.key : undefined;
    if (!uuid) throw new BadUserInputError('id', 'is not an organisation id');
    const organization = await organizationByUuid(ctx, uuid);
    if (!organization) throw new NotFoundError('Organization');
    return organization;
  }

  @Query(() => Organization, { nullable: true, description: 'One organisation by its slug.' })
  async organizationBySlug(
    @Ctx() ctx: GraphQLContext,
    @Arg('slug', () => String, { description: 'The slug, e.g. amal-charitable-society-irbid.' }) slug: string,
  ): Promise<Organization | null> {
    if (slug.length > 120 || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
      throw new BadUserInputError(
        'slug',
        'must be lowercase letters, digits and single hyphens, at most 120 characters',
      );
    }
    const record = await new OrganizationSearchRepository(ctx.em).bySlug(slug);
    if (!record) throw new NotFoundError('Organization');
    return toOrganization(record);
  }

  @FieldResolver(() => LegalForm, { description: 'Legal form.' })
  async legalForm(@Root() organization: Organization, @Ctx() ctx: GraphQLContext): Promise<LegalForm> {
    const lists = await ctx.loaders.of(directoryLoaders).codeLists();
    return toNamed(lists.legalForms.get(organization.record.legalFormCode)!);
  }

  @FieldResolver(() => Governorate, { description: 'Governorate of the main office.' })
  async governorate(@Root() organization: Organization, @Ctx() ctx: GraphQLContext): Promise<Governorate> {
    const lists = await ctx.loaders.of(directoryLoaders).codeLists();
    return toGovernorate(lists.governorates.get(organization.record.governorateCode)!);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The organisation's logo, a public WebP image re-encoded by the platform (at most 512 × 512 pixels, no metadata); null when it has none. The URL changes when the logo does, so it may be cached for long.",
  })
  logoUrl(@Root() organization: Organization, @Ctx() ctx: GraphQLContext): string | null {
    const key = organization.record.logoKey;
    return key ? logoUrl(ctx.config.publicUrl, key) : null;
  }

  @FieldResolver(() => [OrganizationIdentifier], { description: 'Official identifiers (JO-MSD, JO-CCD).' })
  identifiers(@Root() organization: Organization, @Ctx() ctx: GraphQLContext): Promise<OrganizationIdentifier[]> {
    return ctx.loaders.of(directoryLoaders).identifiersByOrganizationId.load(organization.uuid);
  }

  @FieldResolver(() => [Sector], { description: 'Sectors of work, in the code list order.' })
  async sectors(@Root() organization: Organization, @Ctx() ctx: GraphQLContext): Promise<Sector[]> {
    const [codes, lists] = await Promise.all([
      ctx.loaders.of(directoryLoaders).sectorCodesByOrganizationId.load(organization.uuid),
      ctx.loaders.of(directoryLoaders).codeLists(),
    ]);
    return codes.map((code) => toNamed(lists.sectors.get(code)!));
  }

  @FieldResolver(() => [TargetGroup], { description: 'Groups of people served, in the code list order.' })
  async targetGroups(@Root() organization: Organization, @Ctx() ctx: GraphQLContext): Promise<TargetGroup[]> {
    const [codes, lists] = await Promise.all([
      ctx.loaders.of(directoryLoaders).targetGroupCodesByOrganizationId.load(organization.uuid),
      ctx.loaders.of(directoryLoaders).codeLists(),
    ]);
    return codes.map((code) => toNamed(lists.targetGroups.get(code)!));
  }

  @FieldResolver(() => [OrganizationContact], {
    description: 'Public contacts. Private contacts are never part of the public directory.',
  })
  publicContacts(@Root() organization: Organization, @Ctx() ctx: GraphQLContext): Promise<OrganizationContact[]> {
    return ctx.loaders.of(directoryLoaders).publicContactsByOrganizationId.load(organization.uuid);
  }

  @Authorized('ORGANIZATION_MEMBER', 'PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @FieldResolver(() => [OrganizationContact], {
    description: "Private contacts: for the organisation's members and the programme's and MoSD's officers only.",
  })
  privateContacts(@Root() organization: Organization, @Ctx() ctx: GraphQLContext): Promise<OrganizationContact[]> {
    return ctx.loaders.of(directoryLoaders).privateContactsByOrganizationId.load(organization.uuid);
  }

  @FieldResolver(() => [CapacityAssessment], { description: 'Capacity assessments over time, oldest first.' })
  capacityAssessments(@Root() organization: Organization, @Ctx() ctx: GraphQLContext): Promise<CapacityAssessment[]> {
    return ctx.loaders.of(directoryLoaders).capacityAssessmentsByOrganizationId.load(organization.uuid);
  }
}

@Resolver(() => OrganizationConnection)
export class OrganizationConnectionResolver {
  @FieldResolver(() => Int)
  async totalCount(@Root() connection: OrganizationConnection, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await OrganizationConnectionResolver.count(connection, ctx)).total;
  }

  @FieldResolver(() => Boolean)
  async totalCountIsExact(@Root() connection: OrganizationConnection, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return (await OrganizationConnectionResolver.count(connection, ctx)).exact;
  }

  private static count(connection: OrganizationConnection, ctx: GraphQLContext): Promise<Count> {
    if (connection.query.wantsFacets) return OrganizationConnectionResolver.stats(connection, ctx).then((s) => s.count);
    connection.count ??= new OrganizationSearchRepository(ctx.em).count(connection.query.filter, connection.query.plan);
    return connection.count;
  }

  private static stats(connection: OrganizationConnection, ctx: GraphQLContext) {
    connection.stats ??= new OrganizationSearchRepository(ctx.em).stats(connection.query.filter, connection.query.plan);
    return connection.stats;
  }

  @FieldResolver(() => OrganizationFacets)
  async facets(@Root() connection: OrganizationConnection, @Ctx() ctx: GraphQLContext): Promise<OrganizationFacets> {
    const [{ facets: counts }, lists] = await Promise.all([
      OrganizationConnectionResolver.stats(connection, ctx),
      ctx.loaders.of(directoryLoaders).codeLists(),
    ]);
    const states: VerificationStateEnum[] = [
      'UNVERIFIED',
      'PENDING',
      'VERIFIED',
      'REJECTED',
    ] as VerificationStateEnum[];
    return {
      governorates: [...lists.governorates.values()].map((g) => ({
        value: toGovernorate(g),
        count: counts.governorates.get(g.code) ?? 0,
      })),
      targetGroups: [...lists.targetGroups.values()].map((t) => ({
        value: toNamed(t),
        count: counts.targetGroups.get(t.code) ?? 0,
      })),
      sectors: [...lists.sectors.values()].map((s) => ({ value: toNamed(s), count: counts.sectors.get(s.code) ?? 0 })),
      legalForms: [...lists.legalForms.values()].map((l) => ({
        value: toNamed(l),
        count: counts.legalForms.get(l.code) ?? 0,
      })),
      verificationStates: states.map((state) => ({ value: state, count: counts.verificationStates.get(state) ?? 0 })),
    };
  }
}

@Resolver(() => OrganizationEdge)
export class OrganizationEdgeResolver {
  @FieldResolver(() => OrganizationHighlight, { nullable: true })
  highlight(@Root() edge: OrganizationEdge): OrganizationHighlight | null {
    if (edge.words.length === 0) return null;
    const { record } = edge.node;
    const mission =
      (record.missionAr && snippet(record.missionAr, edge.words)) ||
      (record.missionEn && snippet(record.missionEn, edge.words)) ||
      null;
    return {
      nameAr: record.nameAr ? highlight(record.nameAr, edge.words) : null,
      nameEn: record.nameEn ? highlight(record.nameEn, edge.words) : null,
      mission,
    };
  }
}
