import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../common/errors/api-errors.js';
import { Connection, pageInfoOf } from '../../common/pagination/connection.type.js';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import { isOfficer } from '../../common/auth/viewer.js';
import { fromGlobalId, isUuid, toGlobalId } from '../../common/relay/global-id.js';
import { Node } from '../../common/relay/node.interface.js';
import type { GraphQLContext } from '../../context.js';
import { parseTimestamp, sqlRows } from '../../database/sql.js';

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

interface AuditEventRow {
  id: string;
  occurred_at: string;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  from_state: string | null;
  to_state: string | null;
  reason: string | null;
}

function toAuditEvent(row: AuditEventRow): AuditEvent {
  return Object.assign(new AuditEvent(), {
    id: toGlobalId('AuditEvent', row.id),
    occurredAt: parseTimestamp(row.occurred_at),
    actorId: row.actor_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    fromState: row.from_state,
    toState: row.to_state,
    reason: row.reason,
  });
}

/** `node(id)` for an audit event: officers only; anyone else gets null, as for an id that does not exist. */
export async function auditEventByKey(ctx: GraphQLContext, key: string): Promise<AuditEvent | null> {
  if (!isOfficer(ctx.viewer) || !/^[1-9][0-9]{0,17}$/.test(key)) return null;
  const [row] = await sqlRows<AuditEventRow>(ctx.em, 'select * from audit_event where id = ?', [key]);
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
    const position = (argument: 'after' | 'before', cursor: string): number => {
      const { id } = decodeCursor(argument, cursor, 'audit') as { id?: unknown };
      if (typeof id !== 'number' || !Number.isSafeInteger(id))
        throw new BadUserInputError(argument, 'is not a cursor returned by this API');
      return id;
    };
    const where = ['true'];
    const bindings: unknown[] = [];
    if (subject) {
      where.push('subject_id = ?');
      bindings.push(subject);
    }
    // newest first: `after` a cursor means older (a smaller id), `before` newer
    const keyset: string[] = [];
    const keysetBindings: unknown[] = [];
    if (page.after) {
      keyset.push('id < ?');
      keysetBindings.push(position('after', page.after));
    }
    if (page.before) {
      keyset.push('id > ?');
      keysetBindings.push(position('before', page.before));
    }
    const direction = page.direction === 'forward' ? 'desc' : 'asc';
    const rows = await sqlRows<AuditEventRow & { total: number }>(
      ctx.em,
      `select e.*, (select count(*)::int from audit_event where ${where.join(' and ')}) as total
       from audit_event e where ${[...where, ...keyset].join(' and ')}
       order by id ${direction} limit ?`,
      [...bindings, ...bindings, ...keysetBindings, page.size + 1],
    );
    const pageRows = rows.slice(0, page.size);
    if (page.direction === 'backward') pageRows.reverse();
    const connection = new AuditEventConnection();
    connection.edges = pageRows.map((row) =>
      Object.assign(new AuditEventEdge(), {
        cursor: encodeCursor('audit', { id: Number(row.id) }),
        node: toAuditEvent(row),
      }),
    );
    connection.totalCount = rows[0]?.total ?? (await countAll());
    connection.pageInfo = pageInfoOf(connection.edges, page, rows.length > page.size);
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
