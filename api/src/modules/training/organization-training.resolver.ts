/**
 * An organisation's training registrations, for its members and the officers: which sessions its people registered
 * for, with their status. Deliberately lean: a colleague's name and status, never their email or the accommodations
 * they asked for (disability-related, seen by the person and officers only through TrainingRegistration).
 */
import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Connection } from '../../common/pagination/connection.type.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import { hasMemberRole, isOfficer } from '../../common/auth/viewer.js';
import { toGlobalId } from '../../common/relay/global-id.js';
import { Node } from '../../common/relay/node.interface.js';
import type { GraphQLContext } from '../../context.js';
import { Organization } from '../directory/index.js';
import { TrainingRegistrationEntity } from './training.entities.js';
import { TrainingRegistrationStatus } from './training.enums.js';
import { trainingLoaders } from './training.loaders.js';
import { TrainingSessionRepository } from './training-session.repository.js';
import { TrainingSession, toSession } from './training.type.js';

@ObjectType({
  implements: Node,
  description:
    "A registration made for an organisation, as its members see it: the session, the colleague's name and the status.",
})
export class TrainingOrganizationRegistration implements Node {
  @Field(() => ID, {
    description:
      "Global, opaque id of this view of the registration (for `node`: the organisation's members and officers).",
  })
  id!: string;

  @Field(() => ID, { description: 'Stable uuid of the registration.' })
  uuid!: string;

  /** The row, for field resolvers. */
  row!: TrainingRegistrationEntity;

  @Field(() => TrainingRegistrationStatus, { description: 'Confirmed, waitlisted or cancelled.' })
  status!: TrainingRegistrationStatus;

  @Field(() => Int, { nullable: true, description: 'Place on the waitlist (1 is next); null unless waitlisted.' })
  waitlistPosition!: number | null;

  @Field(() => GraphQLDateTime, { description: 'When the person registered (UTC).' })
  createdAt!: Date;
}

const toOrganizationRegistration = (row: TrainingRegistrationEntity): TrainingOrganizationRegistration =>
  Object.assign(new TrainingOrganizationRegistration(), {
    id: toGlobalId('TrainingOrganizationRegistration', row.id),
    uuid: row.id,
    row,
    status: row.status as TrainingRegistrationStatus,
    waitlistPosition: row.waitlistPosition,
    createdAt: row.createdAt,
  });

/** For `node(id)`: the organisation's members and officers; for anyone else it does not exist. */
export async function trainingOrganizationRegistrationByKey(
  ctx: GraphQLContext,
  key: string,
): Promise<TrainingOrganizationRegistration | null> {
  if (!ctx.viewer) return null;
  const row = await ctx.em.findOne(TrainingRegistrationEntity, { id: key });
  if (!row?.organizationId) return null;
  if (!isOfficer(ctx.viewer) && !hasMemberRole(ctx.viewer, row.organizationId, 'VIEWER')) return null;
  return toOrganizationRegistration(row);
}

const page = Connection(TrainingOrganizationRegistration, 'TrainingOrganizationRegistration');
@ObjectType('TrainingOrganizationRegistrationEdge', { description: "An organisation's registration in a page." })
export class TrainingOrganizationRegistrationEdge extends page.Edge {}
@ObjectType('TrainingOrganizationRegistrationConnection', {
  description: "An organisation's training registrations, newest first, a page at a time.",
})
export class TrainingOrganizationRegistrationConnection extends page.ConnectionType {
  @Field(() => [TrainingOrganizationRegistrationEdge], { description: 'The items of this page, in order.' })
  edges!: TrainingOrganizationRegistrationEdge[];

  @Field(() => Int, { description: 'Number of registrations matching (all pages).' })
  totalCount!: number;
}

@Resolver(() => TrainingOrganizationRegistration)
export class TrainingOrganizationRegistrationResolver {
  @FieldResolver(() => TrainingSession, { description: 'The session registered for.' })
  async session(
    @Root() registration: TrainingOrganizationRegistration,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingSession> {
    return toSession((await ctx.loaders.of(trainingLoaders).sessionById.load(registration.row.sessionId))!);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The person registered, by name (null once erased).' })
  async participantName(
    @Root() registration: TrainingOrganizationRegistration,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string | null> {
    return (await ctx.loaders.of(trainingLoaders).personById.load(registration.row.userId))?.name ?? null;
  }
}

@Resolver(() => Organization)
export class OrganizationTrainingResolver {
  @Authorized('ORGANIZATION_MEMBER', 'PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @FieldResolver(() => TrainingOrganizationRegistrationConnection, {
    description:
      "Registrations made for the organisation, newest first (cancelled ones only when asked): for the organisation's members and officers.",
  })
  async trainingRegistrations(
    @Root() organization: Organization,
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Arg('includeCancelled', () => Boolean, {
      nullable: true,
      description: 'Include cancelled registrations (default false).',
    })
    includeCancelled: boolean | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingOrganizationRegistrationConnection> {
    const result = await new TrainingSessionRepository(ctx.em).registrations(
      {
        organizationId: organization.uuid,
        ...(includeCancelled ? {} : { status: { $ne: 'CANCELLED' as const } }),
      },
      pageRequest(pagination),
      `organization-training-registration-${includeCancelled ? 'all' : 'active'}`,
      toOrganizationRegistration,
      'desc',
    );
    return Object.assign(new TrainingOrganizationRegistrationConnection(), result);
  }
}
