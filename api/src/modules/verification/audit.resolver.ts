import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../common/errors/api-errors.js';
import { Connection, PageInfo } from '../../common/pagination/connection.type.js';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import { fromGlobalId, isUuid } from '../../common/relay/global-id.js';
import type { GraphQLContext } from '../../context.js';
import { parseTimestamp, sqlRows } from '../../database/sql.js';

@ObjectType({ description: 'A change of state: who (a person uuid; null once erased), when, from, to, and why.' })
export class AuditEvent {
  @Field(() => ID, { description: 'Position of the event in the log (increasing).' })
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
    if (page.direction === 'backward')
      throw new BadUserInputError('last', 'the audit log pages forward only (first, after)');
    let subject: string | undefined;
    if (subjectId != null) {
      const global = fromGlobalId(subjectId);
      subject = isUuid(subjectId) ? subjectId : global && isUuid(global.key) ? global.key : undefined;
      if (!subject) throw new BadUserInputError('subjectId', 'is not an id');
    }
    let after: number | undefined;
    if (page.after) {
      const { id } = decodeCursor('after', page.after, 'audit') as { id?: unknown };
      if (typeof id !== 'number' || !Number.isSafeInteger(id))
        throw new BadUserInputError('after', 'is not a cursor returned by this API');
      after = id;
    }
    const where = ['true'];
    const bindings: unknown[] = [];
    if (subject) {
      where.push('subject_id = ?');
      bindings.push(subject);
    }
    const rows = await sqlRows<{
      id: string;
      occurred_at: string;
      actor_id: string | null;
      action: string;
      subject_type: string;
      subject_id: string;
      from_state: string | null;
      to_state: string | null;
      reason: string | null;
      total: number;
    }>(
      ctx.em,
      `select e.*, (select count(*)::int from audit_event where ${where.join(' and ')}) as total
       from audit_event e where ${[...where, ...(after === undefined ? [] : ['id < ?'])].join(' and ')}
       order by id desc limit ?`,
      [...bindings, ...bindings, ...(after === undefined ? [] : [after]), page.size + 1],
    );
    const connection = new AuditEventConnection();
    connection.edges = rows.slice(0, page.size).map((row) =>
      Object.assign(new AuditEventEdge(), {
        cursor: encodeCursor('audit', { id: Number(row.id) }),
        node: Object.assign(new AuditEvent(), {
          id: row.id,
          occurredAt: parseTimestamp(row.occurred_at),
          actorId: row.actor_id,
          action: row.action,
          subjectType: row.subject_type,
          subjectId: row.subject_id,
          fromState: row.from_state,
          toState: row.to_state,
          reason: row.reason,
        }),
      }),
    );
    connection.totalCount = rows[0]?.total ?? (after === undefined ? 0 : await countAll());
    connection.pageInfo = Object.assign(new PageInfo(), {
      hasNextPage: rows.length > page.size,
      hasPreviousPage: after !== undefined,
      startCursor: connection.edges[0]?.cursor ?? null,
      endCursor: connection.edges.at(-1)?.cursor ?? null,
    });
    return connection;

    async function countAll(): Promise<number> {
      const [row] = await sqlRows<{ n: number }>(
        ctx.em,
        `select count(*)::int as n from audit_event where ${where.join(' and ')}`,
        bindings,
      );
      return row?.n ?? 0;
    }
  }
}
