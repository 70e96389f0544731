import type { FilterQuery, ObjectQuery } from '@mikro-orm/core';
import { MaxLength } from 'class-validator';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import { isOfficer } from '../../common/auth/viewer.js';
import { BadUserInputError } from '../../common/errors/api-errors.js';
import { pageInfoOf } from '../../common/pagination/connection.type.js';
import { paginate } from '../../common/pagination/paginate.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import type { GraphQLContext } from '../../context.js';
import {
  Governorate,
  Organization,
  TargetGroup,
  cachedCodeLists,
  directoryLoaders,
  toGovernorate,
  toNamed,
  toOrganization,
} from '../directory/index.js';
import { ListingService, partyOf } from './listing.service.js';
import { InstitutionEntity, PartnershipListingEntity } from './partnerships.entities.js';
import { InstitutionType, PartnershipListingKind, PartnershipListingStatus } from './partnerships.enums.js';
import { PARTY_LISTINGS_KIND, cachedCapabilities, partnershipLoaders } from './partnerships.loaders.js';
import {
  Institution,
  InstitutionConnection,
  PartnershipCapability,
  PartnershipListing,
  PartnershipListingConnection,
  PartnershipParty,
  toCapability,
  toInstitution,
  toListing,
} from './partnerships.type.js';

@InputType({ description: 'Which institutions to list.' })
export class InstitutionFilter {
  @Field(() => InstitutionType, { nullable: true, description: 'Institutions of this type.' })
  type?: InstitutionType | null;

  @Field(() => String, {
    nullable: true,
    description: 'Institutions of this governorate (code, e.g. JO-MA); national bodies have none.',
  })
  @MaxLength(10)
  governorate?: string | null;
}

@InputType({ description: 'Which needs and offers to list (only active ones are ever listed).' })
export class PartnershipListingFilter {
  @Field(() => PartnershipListingKind, { nullable: true, description: 'Needs only, or offers only.' })
  kind?: PartnershipListingKind | null;

  @Field(() => String, { nullable: true, description: 'Capability code (partnershipCapabilities).' })
  @MaxLength(60)
  capability?: string | null;

  @Field(() => String, { nullable: true, description: 'Listings concerning this governorate (code, e.g. JO-MA).' })
  @MaxLength(10)
  governorate?: string | null;

  @Field(() => String, { nullable: true, description: 'Listings concerning this target group (code).' })
  @MaxLength(60)
  targetGroup?: string | null;

  @Field(() => ID, { nullable: true, description: 'Listings of this party (Organization.id or Institution.id).' })
  @MaxLength(200)
  party?: string | null;
}

const activeListings = (): ObjectQuery<PartnershipListingEntity> => ({
  status: 'ACTIVE',
  expiresAt: { $gt: new Date() },
});

export async function institutionByKey(ctx: GraphQLContext, key: string): Promise<Institution | null> {
  const row = await ctx.loaders.of(partnershipLoaders).institutionById.load(key);
  return row ? toInstitution(row) : null;
}

/**
 * A listing by its uuid: an active one for everyone; a withdrawn or expired one only for those acting for its party
 * and for officers (for anyone else it does not exist).
 */
export async function partnershipListingByKey(ctx: GraphQLContext, key: string): Promise<PartnershipListing | null> {
  const row = await ctx.em.findOne(PartnershipListingEntity, { id: key });
  if (!row) return null;
  const listing = toListing(row);
  if (listing.status === PartnershipListingStatus.ACTIVE || isOfficer(ctx.viewer)) return listing;
  if (!ctx.viewer) return null;
  const party = row.organizationId
    ? ({ kind: 'Organization', uuid: row.organizationId } as const)
    : ({ kind: 'Institution', uuid: row.institutionId! } as const);
  return (await new ListingService(ctx.em).canActFor(ctx.viewer, party)) ? listing : null;
}

/** A party's active listings: the first page batched over the parties of a list, later pages read one by one. */
async function listingsOfParty(
  ctx: GraphQLContext,
  column: 'organizationId' | 'institutionId',
  partyId: string,
  pagination: PaginationArgs,
): Promise<PartnershipListingConnection> {
  const page = pageRequest(pagination);
  if (page.direction === 'forward' && page.after === undefined) {
    const loaders = ctx.loaders.of(partnershipLoaders);
    const loader =
      column === 'organizationId'
        ? loaders.firstListingsOfOrganization(page.size)
        : loaders.firstListingsOfInstitution(page.size);
    const first = await loader.load(partyId);
    const edges = first.rows.map(({ row, cursor }) => ({ cursor, node: toListing(row) }));
    return Object.assign(new PartnershipListingConnection(), {
      edges,
      pageInfo: pageInfoOf(edges, page, first.more),
      totalCount: first.totalCount,
    });
  }
  const result = await paginate(
    ctx.em,
    PartnershipListingEntity,
    { ...activeListings(), [column]: partyId },
    { page, orderBy: { createdAt: 'desc', id: 'asc' }, kind: PARTY_LISTINGS_KIND, toNode: toListing },
  );
  return Object.assign(new PartnershipListingConnection(), result);
}

@Resolver()
export class PartnershipQueryResolver {
  @Query(() => [PartnershipCapability], {
    description: 'The capability taxonomy of needs and offers, in its order (a code list).',
  })
  async partnershipCapabilities(@Ctx() ctx: GraphQLContext): Promise<PartnershipCapability[]> {
    return [...(await cachedCapabilities(ctx.em)).values()].map(toCapability);
  }

  @Query(() => InstitutionConnection, {
    description: 'Public institutions (ministries, MoSD directorates, municipalities, agencies), by English name.',
  })
  async institutions(
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Arg('filter', () => InstitutionFilter, { nullable: true, description: 'Which institutions.' })
    filter: InstitutionFilter | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InstitutionConnection> {
    const where: FilterQuery<InstitutionEntity> = {};
    if (filter?.type) where.type = filter.type;
    if (filter?.governorate) where.governorateCode = filter.governorate;
    const page = await paginate(ctx.em, InstitutionEntity, where, {
      page: pageRequest(pagination),
      orderBy: { slug: 'asc', id: 'asc' },
      kind: 'institution',
      toNode: toInstitution,
    });
    return Object.assign(new InstitutionConnection(), page);
  }

  @Query(() => Institution, { nullable: true, description: 'One institution by its slug; null when there is none.' })
  async institution(
    @Arg('slug', () => String, { description: 'Institution.slug.' }) slug: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Institution | null> {
    if (slug.length > 120) return null;
    const row = await ctx.em.findOne(InstitutionEntity, { slug });
    return row ? toInstitution(row) : null;
  }

  @Query(() => PartnershipListingConnection, {
    description:
      'The active needs and offers of organisations and institutions (withdrawn and expired ones are never listed), newest first.',
  })
  async partnershipListings(
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Arg('filter', () => PartnershipListingFilter, { nullable: true, description: 'Which needs and offers.' })
    filter: PartnershipListingFilter | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnershipListingConnection> {
    const where = activeListings();
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.capability) where.capabilityCode = filter.capability;
    if (filter?.governorate) where.governorateCodes = { $overlap: [filter.governorate] };
    if (filter?.targetGroup) where.targetGroupCodes = { $overlap: [filter.targetGroup] };
    if (filter?.party) {
      const party = partyOf(filter.party);
      if (!party) throw new BadUserInputError('filter.party', 'is not the id of an organisation or an institution');
      if (party.kind === 'Organization') where.organizationId = party.uuid;
      else where.institutionId = party.uuid;
    }
    const page = await paginate(ctx.em, PartnershipListingEntity, where, {
      page: pageRequest(pagination),
      orderBy: { createdAt: 'desc', id: 'asc' },
      kind: 'partnership-listing',
      toNode: toListing,
    });
    return Object.assign(new PartnershipListingConnection(), page);
  }
}

@Resolver(() => Institution)
export class InstitutionResolver {
  @FieldResolver(() => Governorate, { nullable: true, description: 'Its governorate; null for a national body.' })
  async governorate(@Root() institution: Institution, @Ctx() ctx: GraphQLContext): Promise<Governorate | null> {
    const code = institution.row.governorateCode;
    return code ? toGovernorate((await cachedCodeLists(ctx.em)).governorates.get(code)!) : null;
  }

  @FieldResolver(() => PartnershipListingConnection, {
    description: 'Its active needs and offers, newest first.',
  })
  partnershipListings(
    @Root() institution: Institution,
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnershipListingConnection> {
    return listingsOfParty(ctx, 'institutionId', institution.uuid, pagination);
  }
}

@Resolver(() => Organization)
export class OrganizationPartnershipListingsResolver {
  @FieldResolver(() => PartnershipListingConnection, {
    description: 'Its active needs and offers for partners, newest first.',
  })
  partnershipListings(
    @Root() organization: Organization,
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnershipListingConnection> {
    return listingsOfParty(ctx, 'organizationId', organization.uuid, pagination);
  }
}

@Resolver(() => PartnershipListing)
export class PartnershipListingResolver {
  @FieldResolver(() => PartnershipCapability, { description: 'What is needed or offered.' })
  async capability(@Root() listing: PartnershipListing, @Ctx() ctx: GraphQLContext): Promise<PartnershipCapability> {
    return toCapability((await cachedCapabilities(ctx.em)).get(listing.row.capabilityCode)!);
  }

  @FieldResolver(() => [Governorate], { description: 'The governorates concerned (empty: anywhere in Jordan).' })
  async governorates(@Root() listing: PartnershipListing, @Ctx() ctx: GraphQLContext): Promise<Governorate[]> {
    const { governorates } = await cachedCodeLists(ctx.em);
    return listing.row.governorateCodes.map((code) => toGovernorate(governorates.get(code)!));
  }

  @FieldResolver(() => [TargetGroup], { description: 'The target groups concerned (empty: any).' })
  async targetGroups(@Root() listing: PartnershipListing, @Ctx() ctx: GraphQLContext): Promise<TargetGroup[]> {
    const { targetGroups } = await cachedCodeLists(ctx.em);
    return listing.row.targetGroupCodes.map((code) => toNamed(targetGroups.get(code)!));
  }

  @FieldResolver(() => PartnershipParty, {
    nullable: true,
    description: 'Who published it: an organisation or an institution (null if it has since been removed).',
  })
  async party(
    @Root() listing: PartnershipListing,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Organization | Institution | null> {
    if (listing.row.organizationId) {
      const record = await ctx.loaders.of(directoryLoaders).recordById.load(listing.row.organizationId);
      return record ? toOrganization(record) : null;
    }
    const row = await ctx.loaders.of(partnershipLoaders).institutionById.load(listing.row.institutionId!);
    return row ? toInstitution(row) : null;
  }
}
