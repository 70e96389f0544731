import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../common/errors/api-errors.js';
import { AuditEventEntity } from '../../common/audit/audit-event.entity.js';
import { Connection } from '../../common/pagination/connection.type.js';
import { paginate } from '../../common/pagination/paginate.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import { isOfficer } from '../../common/auth/viewer.js';
import { fromGlobalId, isUuid, toGlobalId } from '../../common/relay/global-id.js';
import { Node } from '../../common/relay/node.interface.js';
import type { GraphQLContext } from '../../context.js';

@ObjectType({
  implements: Node,
  description: 'A change of state: who (a person uuid; null once erased), when, from, to, and why.',
})
export class AuditEvent implements Node {
  @Field(() => ID, { description: 'Global, opaque id of the event (officers fetch it with `node`).' })
  id!: string;

  @Field(() => GraphQLDateTime, { description: 'When it happened (UTC).' })
  occurredAt!: Date;

  @Field(() => ID, { nullable: true, description: 'Person who made the change (Viewer.uuid).' })
  actorId!: string | null;

  @Field(() => String, { description: 'E.g. VERIFICATION_DECIDED, CLAIM_SUBMITTED, MEMBER_INVITED.' })
  action!: string;

  @Field(() => String, {
    description:
      'Kind of what changed: Organization, OrganizationClaim, OrganizationMember, OrganizationInvitation, Person.',
  })
  subjectType!: string;

  @Field(() => ID, { description: 'Uuid of what changed.' })
  subjectId!: string;

  @Field(() => String, { nullable: true, description: 'State before the change, if any.' })
  fromState!: string | null;

  @Field(() => String, { nullable: true, description: 'State after the change, if any.' })
  toState!: string | null;

  @Field(() => String, { nullable: true, description: 'Why, as written by the person who decided.' })
  reason!: string | null;
}

const { Edge, ConnectionType } = Connection(AuditEvent, 'AuditEvent');

@ObjectType('AuditEventEdge', { description: 'An audit event in a page.' })
export class AuditEventEdge extends Edge {}

@ObjectType('AuditEventConnection', { description: 'Audit events, newest first.' })
export class AuditEventConnection extends ConnectionType {
  @Field(() => [AuditEventEdge], { description: 'The items of this page, in order.' })
  edges!: AuditEventEdge[];

  @Field(() => Int, { description: 'Number of events matching (all pages).' })
  totalCount!: number;
}

function toAuditEvent(row: AuditEventEntity): AuditEvent {
  return Object.assign(new AuditEvent(), {
    id: toGlobalId('AuditEvent', row.id),
    occurredAt: row.occurredAt,
    actorId: row.actorId,
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    fromState: row.fromState,
    toState: row.toState,
    reason: row.reason,
  });
}

/** `node(id)` for an audit event: officers only; anyone else gets null, as for an id that does not exist. */
export async function auditEventByKey(ctx: GraphQLContext, key: string): Promise<AuditEvent | null> {
  if (!isOfficer(ctx.viewer) || !/^[1-9][0-9]{0,17}$/.test(key)) return null;
  const row = await ctx.em.findOne(AuditEventEntity, { id: key });
  return row ? toAuditEvent(row) : null;
}

@Resolver()
export class AuditEventResolver {
  @Authorized('PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @Query(() => AuditEventConnection, { description: 'The audit log, newest first, optionally about one subject.' })
  async auditEvents(
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Arg('subjectId', () => ID, { nullable: true, description: 'An organisation id, or the uuid of any subject.' })
    subjectId: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuditEventConnection> {
    const page = pageRequest(pagination);
    let subject: string | undefined;
    if (subjectId != null) {
      const global = fromGlobalId(subjectId);
      subject = isUuid(subjectId) ? subjectId : global && isUuid(global.key) ? global.key : undefined;
      if (!subject) throw new BadUserInputError('subjectId', 'is not an id');
    }
    const found = await paginate(ctx.em, AuditEventEntity, subject ? { subjectId: subject } : {}, {
      page,
      orderBy: { id: 'desc' },
      kind: 'audit',
      toNode: toAuditEvent,
    });
    return Object.assign(new AuditEventConnection(), found);
  }
}
