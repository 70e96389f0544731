import type { FilterQuery } from '@mikro-orm/core';
import { MaxLength } from 'class-validator';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import { hasMemberRole, isOfficer } from '../../common/auth/viewer.js';
import { BadUserInputError, ForbiddenError } from '../../common/errors/api-errors.js';
import { pageInfoOf } from '../../common/pagination/connection.type.js';
import { paginate } from '../../common/pagination/paginate.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import { fromGlobalId, isUuid } from '../../common/relay/global-id.js';
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
import { ListingService, partyOf, type PartyRef } from './listing.service.js';
import { PartnershipCount } from './partnership-overview.resolver.js';
import { publicPartnershipCountsByGovernorate } from './partnership-overview.repository.js';
import { PartnershipEntity, PartnershipMemberEntity, PartnershipRequestEntity } from './partnership.entities.js';
import { PARTY_PARTNERSHIPS_KIND, partnershipRequestLoaders } from './partnership.loaders.js';
import { canSeePartnership, memberParty } from './partnership.service.js';
import {
  Partnership,
  PartnershipConnection,
  PartnershipMember,
  PartnershipRequest,
  PartnershipAgreementDocument,
  PartnershipRequestConnection,
  PartnershipStatusChange,
  toMember,
  toPartnership,
  toRequest,
  toStatusChange,
} from './partnership.type.js';
import {
  PartnershipKind,
  PartnershipRequestBox,
  PartnershipRequestStatus,
  PartnershipStatus,
} from './partnerships.enums.js';
import { partnershipLoaders } from './partnerships.loaders.js';
import { Institution, PartnershipListing, PartnershipParty, toInstitution } from './partnerships.type.js';
import { partnershipListingByKey } from './partnerships.resolver.js';
import { recipientOf, senderOf } from './request.service.js';

@InputType({ description: 'Which partnerships of the public registry to list (active and completed ones only).' })
export class PartnershipFilter {
  @Field(() => String, { nullable: true, description: 'Partnerships working in this governorate (code, e.g. JO-MA).' })
  @MaxLength(10)
  governorate?: string | null;

  @Field(() => String, { nullable: true, description: 'Partnerships serving this target group (code).' })
  @MaxLength(60)
  targetGroup?: string | null;

  @Field(() => PartnershipKind, { nullable: true, description: 'CSOs together, or CSOs with a public institution.' })
  kind?: PartnershipKind | null;

  @Field(() => PartnershipStatus, {
    nullable: true,
    description: 'Active or completed ones only (the registry lists no other status: asked for one, it lists none).',
  })
  status?: PartnershipStatus | null;
}

/** The registry's statuses: active and completed ones, or the one of them the filter asks for (none for another). */
function publicStatuses(filter: PartnershipFilter | null): PartnershipStatus[] {
  const PUBLIC = [PartnershipStatus.ACTIVE, PartnershipStatus.COMPLETED];
  return filter?.status ? PUBLIC.filter((status) => status === filter.status) : PUBLIC;
}

async function partyObject(ctx: GraphQLContext, party: PartyRef): Promise<Organization | Institution | null> {
  if (party.kind === 'Organization') {
    const record = await ctx.loaders.of(directoryLoaders).recordById.load(party.uuid);
    return record ? toOrganization(record) : null;
  }
  const row = await ctx.loaders.of(partnershipLoaders).institutionById.load(party.uuid);
  return row ? toInstitution(row) : null;
}

/** Whether the viewer sees a party's own things (requests, proposed partnerships): its members acting for it, officers. */
async function actsForOrOfficer(ctx: GraphQLContext, party: PartyRef): Promise<boolean> {
  if (!ctx.viewer) return false;
  if (isOfficer(ctx.viewer)) return true;
  return new ListingService(ctx.em).canActFor(ctx.viewer, party);
}

export async function partnershipByKey(ctx: GraphQLContext, key: string): Promise<Partnership | null> {
  const row = await ctx.loaders.of(partnershipRequestLoaders).partnershipById.load(key);
  return row && (await canSeePartnership(ctx.em, ctx.viewer, row)) ? toPartnership(row) : null;
}

/** A request by its uuid: for those acting for either party, and for officers (for anyone else it does not exist). */
export async function partnershipRequestByKey(ctx: GraphQLContext, key: string): Promise<PartnershipRequest | null> {
  const row = await ctx.em.findOne(PartnershipRequestEntity, { id: key });
  if (!row) return null;
  if ((await actsForOrOfficer(ctx, senderOf(row))) || (await actsForOrOfficer(ctx, recipientOf(row)))) {
    return toRequest(row);
  }
  return null;
}

/** A party's partnerships: the first page batched over the parties of a list, later pages read one by one. */
async function partnershipsOfParty(
  ctx: GraphQLContext,
  party: PartyRef,
  pagination: PaginationArgs,
): Promise<PartnershipConnection> {
  const all = await actsForOrOfficer(ctx, party);
  const page = pageRequest(pagination);
  if (page.direction === 'forward' && page.after === undefined) {
    const first = await ctx.loaders
      .of(partnershipRequestLoaders)
      .firstPartnershipsOfParty(page.size, all)
      .load(party.uuid);
    const edges = first.rows.map(({ row, cursor }) => ({ cursor, node: toPartnership(row) }));
    return Object.assign(new PartnershipConnection(), {
      edges,
      pageInfo: pageInfoOf(edges, page, first.more),
      totalCount: first.totalCount,
    });
  }
  const members = await ctx.em.find(
    PartnershipMemberEntity,
    party.kind === 'Organization' ? { organizationId: party.uuid } : { institutionId: party.uuid },
  );
  const where: FilterQuery<PartnershipEntity> = { id: { $in: members.map((m) => m.partnershipId) } };
  if (!all) where.status = { $in: ['ACTIVE', 'COMPLETED'] };
  const result = await paginate(ctx.em, PartnershipEntity, where, {
    page,
    orderBy: { createdAt: 'desc', id: 'asc' },
    kind: PARTY_PARTNERSHIPS_KIND,
    toNode: toPartnership,
  });
  return Object.assign(new PartnershipConnection(), result);
}

@Resolver()
export class PartnershipRegistryResolver {
  @Query(() => PartnershipConnection, {
    description:
      'The public registry of partnerships: active and completed ones (proposed and terminated ones are never listed), newest first.',
  })
  async partnerships(
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Arg('filter', () => PartnershipFilter, { nullable: true, description: 'Which partnerships.' })
    filter: PartnershipFilter | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnershipConnection> {
    const where: FilterQuery<PartnershipEntity> = { status: { $in: publicStatuses(filter) } };
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.governorate) where.governorateCodes = { $overlap: [filter.governorate] };
    if (filter?.targetGroup) where.targetGroupCodes = { $overlap: [filter.targetGroup] };
    const page = await paginate(ctx.em, PartnershipEntity, where, {
      page: pageRequest(pagination),
      orderBy: { createdAt: 'desc', id: 'asc' },
      kind: 'partnership',
      toNode: toPartnership,
    });
    return Object.assign(new PartnershipConnection(), page);
  }

  @Query(() => [PartnershipCount], {
    description:
      "The public registry's partnerships per governorate where they work (codes, e.g. JO-MA; a partnership working in two counts in each; governorates with none left out), under the filter's kind, target group and status (its governorate is ignored): the registry's map.",
  })
  async partnershipsByGovernorate(
    @Arg('filter', () => PartnershipFilter, { nullable: true, description: 'Which partnerships.' })
    filter: PartnershipFilter | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnershipCount[]> {
    const rows = await publicPartnershipCountsByGovernorate(ctx.em, {
      statuses: publicStatuses(filter),
      kind: filter?.kind,
      targetGroup: filter?.targetGroup,
    });
    return rows.map((row) => Object.assign(new PartnershipCount(), row));
  }

  @Query(() => Partnership, {
    nullable: true,
    description:
      'One partnership by its id: an active or completed one for everyone, a proposed or terminated one for its members and officers; null otherwise.',
  })
  async partnership(
    @Arg('id', () => ID, { description: 'Partnership.id.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Partnership | null> {
    const global = fromGlobalId(id);
    const key = global?.type === 'Partnership' ? global.key : id;
    return isUuid(key) ? partnershipByKey(ctx, key) : null;
  }

  @Authorized('SIGNED_IN')
  @Query(() => PartnershipRequestConnection, {
    description:
      "A party's requests, newest first: those it received (INBOX) or sent (OUTBOX). For its editors and owners, and officers.",
  })
  async partnershipRequests(
    @Arg('partyId', () => ID, { description: 'Organization.id or Institution.id you act for.' }) partyId: string,
    @Arg('box', () => PartnershipRequestBox, { description: 'Received or sent.' }) box: PartnershipRequestBox,
    @Arg('status', () => PartnershipRequestStatus, { nullable: true, description: 'Only requests in this status.' })
    status: PartnershipRequestStatus | null,
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnershipRequestConnection> {
    const party = partyOf(partyId);
    if (!party) throw new BadUserInputError('partyId', 'is not the id of an organisation or an institution');
    if (!(await actsForOrOfficer(ctx, party))) throw new ForbiddenError();
    const side = box === PartnershipRequestBox.INBOX ? 'to' : 'from';
    const column = `${side}${party.kind === 'Organization' ? 'Organization' : 'Institution'}Id` as const;
    const where: FilterQuery<PartnershipRequestEntity> = { [column]: party.uuid };
    if (status) where.status = status;
    const page = await paginate(ctx.em, PartnershipRequestEntity, where, {
      page: pageRequest(pagination),
      orderBy: { createdAt: 'desc', id: 'asc' },
      kind: `partnership-request-${box.toLowerCase()}`,
      toNode: toRequest,
    });
    return Object.assign(new PartnershipRequestConnection(), page);
  }
}

@Resolver(() => PartnershipRequest)
export class PartnershipRequestResolver {
  @FieldResolver(() => PartnershipParty, { nullable: true, description: 'Who sent it (null if since removed).' })
  from(@Root() request: PartnershipRequest, @Ctx() ctx: GraphQLContext): Promise<Organization | Institution | null> {
    return partyObject(ctx, senderOf(request.row));
  }

  @FieldResolver(() => PartnershipParty, { nullable: true, description: 'Who it is sent to (null if since removed).' })
  to(@Root() request: PartnershipRequest, @Ctx() ctx: GraphQLContext): Promise<Organization | Institution | null> {
    return partyObject(ctx, recipientOf(request.row));
  }

  @FieldResolver(() => PartnershipListing, {
    nullable: true,
    description: "The recipient's need or offer it answers, if any (null once that is no longer shown to you).",
  })
  listing(@Root() request: PartnershipRequest, @Ctx() ctx: GraphQLContext): Promise<PartnershipListing | null> {
    return request.row.listingId ? partnershipListingByKey(ctx, request.row.listingId) : Promise.resolve(null);
  }

  @FieldResolver(() => Partnership, { nullable: true, description: 'The partnership its acceptance created.' })
  partnership(@Root() request: PartnershipRequest, @Ctx() ctx: GraphQLContext): Promise<Partnership | null> {
    return request.row.partnershipId ? partnershipByKey(ctx, request.row.partnershipId) : Promise.resolve(null);
  }
}

@Resolver(() => Partnership)
export class PartnershipResolver {
  @FieldResolver(() => [PartnershipMember], { description: 'Its member parties, the lead first.' })
  async members(@Root() partnership: Partnership, @Ctx() ctx: GraphQLContext): Promise<PartnershipMember[]> {
    return (await ctx.loaders.of(partnershipRequestLoaders).membersOfPartnership.load(partnership.uuid)).map(toMember);
  }

  @FieldResolver(() => PartnershipAgreementDocument, {
    nullable: true,
    description:
      "The signed agreement's file, for the people of its member parties (any role) and officers; null for anyone else, and when none was uploaded.",
  })
  async agreementDocument(
    @Root() partnership: Partnership,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnershipAgreementDocument | null> {
    const row = partnership.row;
    const viewer = ctx.viewer;
    if (!row.agreementDocumentKey || !viewer) return null;
    if (!isOfficer(viewer)) {
      const members = await ctx.loaders.of(partnershipRequestLoaders).membersOfPartnership.load(row.id);
      const institutions = members.some((m) => m.institutionId)
        ? await ctx.loaders.of(partnershipRequestLoaders).institutionsOfUser.load(viewer.userId)
        : new Set<string>();
      const belongs = members.some((m) =>
        m.organizationId ? hasMemberRole(viewer, m.organizationId, 'VIEWER') : institutions.has(m.institutionId!),
      );
      if (!belongs) return null;
    }
    return Object.assign(new PartnershipAgreementDocument(), {
      sizeBytes: row.agreementDocumentBytes!,
      uploadedAt: row.agreementDocumentUploadedAt!,
      path: `/uploads/partnership-agreement/${row.id}`,
    });
  }

  @FieldResolver(() => [PartnershipStatusChange], { description: 'The changes of its status, oldest first.' })
  async history(@Root() partnership: Partnership, @Ctx() ctx: GraphQLContext): Promise<PartnershipStatusChange[]> {
    return (await ctx.loaders.of(partnershipRequestLoaders).historyOfPartnership.load(partnership.uuid)).map(
      toStatusChange,
    );
  }

  @FieldResolver(() => [Governorate], { description: 'The governorates where it works.' })
  async governorates(@Root() partnership: Partnership, @Ctx() ctx: GraphQLContext): Promise<Governorate[]> {
    const { governorates } = await cachedCodeLists(ctx.em);
    return partnership.row.governorateCodes.map((code) => toGovernorate(governorates.get(code)!));
  }

  @FieldResolver(() => [TargetGroup], { description: 'The target groups it serves.' })
  async targetGroups(@Root() partnership: Partnership, @Ctx() ctx: GraphQLContext): Promise<TargetGroup[]> {
    const { targetGroups } = await cachedCodeLists(ctx.em);
    return partnership.row.targetGroupCodes.map((code) => toNamed(targetGroups.get(code)!));
  }
}

@Resolver(() => PartnershipMember)
export class PartnershipMemberResolver {
  @FieldResolver(() => PartnershipParty, {
    nullable: true,
    description: 'The organisation or institution (null if since removed).',
  })
  party(@Root() member: PartnershipMember, @Ctx() ctx: GraphQLContext): Promise<Organization | Institution | null> {
    return partyObject(ctx, memberParty(member.row));
  }
}

@Resolver(() => Organization)
export class OrganizationPartnershipsResolver {
  @FieldResolver(() => PartnershipConnection, {
    description:
      'Its partnerships, newest first: active and completed ones; proposed and terminated ones too for its editors, owners and officers.',
  })
  partnerships(
    @Root() organization: Organization,
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnershipConnection> {
    return partnershipsOfParty(ctx, { kind: 'Organization', uuid: organization.uuid }, pagination);
  }
}

@Resolver(() => Institution)
export class InstitutionPartnershipsResolver {
  @FieldResolver(() => PartnershipConnection, {
    description:
      'Its partnerships, newest first: active and completed ones; proposed and terminated ones too for its editors, owners and officers.',
  })
  partnerships(
    @Root() institution: Institution,
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartnershipConnection> {
    return partnershipsOfParty(ctx, { kind: 'Institution', uuid: institution.uuid }, pagination);
  }
}
