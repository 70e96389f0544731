/**
 * The officers' verification queue: the open cases, oldest submission first, with what the officer filters by and
 * how long each has waited.
 */
import { MaxLength } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import {
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import { Connection } from '../../common/pagination/connection.type.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import { isOfficer } from '../../common/auth/viewer.js';
import { isUuid, toGlobalId } from '../../common/relay/global-id.js';
import { Node } from '../../common/relay/node.interface.js';
import type { VerificationCaseEntity } from './verification-case.entity.js';
import type { GraphQLContext } from '../../context.js';
import { Organization, directoryLoaders, toOrganization } from '../directory/index.js';

type OrganizationRecord = Parameters<typeof toOrganization>[0];
import { VerificationService } from './verification.service.js';

export enum VerificationCaseStatus {
  WAITING = 'WAITING',
  INFORMATION_REQUESTED = 'INFORMATION_REQUESTED',
}
registerEnumType(VerificationCaseStatus, {
  name: 'VerificationCaseStatus',
  description: 'Who an open verification case waits for.',
  valuesConfig: {
    WAITING: { description: 'An officer: the evidence was submitted and awaits a decision.' },
    INFORMATION_REQUESTED: { description: 'The organisation: an officer asked it for more information.' },
  },
});

@ObjectType({ implements: Node, description: "An organisation's open verification case (while it is pending)." })
export class VerificationCase implements Node {
  @Field(() => ID, { description: 'Global, opaque id of the case.' })
  id!: string;

  @Field(() => Organization, { description: 'The organisation.' })
  organization!: Organization;

  @Field(() => VerificationCaseStatus, { description: 'Who the case waits for.' })
  status!: VerificationCaseStatus;

  @Field(() => GraphQLDateTime, { description: 'When the evidence was last submitted (UTC): the wait starts then.' })
  submittedAt!: Date;

  @Field(() => Int, { description: 'Whole minutes since submittedAt, when the answer was made.' })
  waitingMinutes!: number;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When an officer asked for more information (UTC); null unless INFORMATION_REQUESTED.',
  })
  informationRequestedAt!: Date | null;
}

const { Edge, ConnectionType } = Connection(VerificationCase, 'VerificationCase');

@ObjectType('VerificationCaseEdge', { description: 'A case in a page.' })
export class VerificationCaseEdge extends Edge {}

@ObjectType('VerificationCaseConnection', { description: 'Open verification cases, oldest submission first.' })
export class VerificationCaseConnection extends ConnectionType {
  @Field(() => [VerificationCaseEdge], { description: 'The items of this page, in order.' })
  edges!: VerificationCaseEdge[];

  @Field(() => Int, { description: 'Number of cases matching the filters (all pages).' })
  totalCount!: number;
}

@ArgsType()
export class VerificationCasesArgs extends PaginationArgs {
  @Field(() => String, { nullable: true, description: 'Part of the Arabic or English name, or the acronym.' })
  @MaxLength(200)
  search?: string | null;

  @Field(() => [String], { nullable: true, description: 'Governorate codes (ISO 3166-2:JO); any of them.' })
  governorates?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Legal form codes; any of them.' })
  legalForms?: string[] | null;

  @Field(() => VerificationCaseStatus, { nullable: true, description: 'Only the cases waiting for this party.' })
  status?: VerificationCaseStatus | null;
}

function toVerificationCase(entity: VerificationCaseEntity, record: OrganizationRecord, now: number): VerificationCase {
  return Object.assign(new VerificationCase(), {
    id: toGlobalId('VerificationCase', entity.organizationId),
    organization: toOrganization(record),
    status: entity.status as VerificationCaseStatus,
    submittedAt: entity.submittedAt,
    waitingMinutes: Math.max(0, Math.floor((now - entity.submittedAt.getTime()) / 60_000)),
    informationRequestedAt: entity.informationRequestedAt,
  });
}

/** `node(id)` for an open case (its key is the organisation's uuid): officers only; anyone else gets null. */
export async function verificationCaseByKey(ctx: GraphQLContext, key: string): Promise<VerificationCase | null> {
  if (!isOfficer(ctx.viewer) || !isUuid(key)) return null;
  const entity = await new VerificationService(ctx.em).openCase(key);
  const record = entity ? await ctx.loaders.of(directoryLoaders).recordById.load(key) : null;
  return entity && record ? toVerificationCase(entity, record, Date.now()) : null;
}

@Resolver()
export class VerificationQueueResolver {
  @Authorized('PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @Query(() => VerificationCaseConnection, {
    description:
      'The verification queue: open cases, oldest submission first, searched and filtered, with their waiting time. Officers only.',
  })
  async verificationCases(
    @Args(() => VerificationCasesArgs) args: VerificationCasesArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<VerificationCaseConnection> {
    const found = await new VerificationService(ctx.em).queue(
      { search: args.search, governorates: args.governorates, legalForms: args.legalForms, status: args.status },
      pageRequest(args),
    );
    const records = await ctx.loaders
      .of(directoryLoaders)
      .recordById.loadMany(found.edges.map((edge) => edge.node.organizationId));
    const now = Date.now();
    const connection = new VerificationCaseConnection();
    connection.edges = found.edges.flatMap((edge, index) => {
      const record = records[index];
      if (!record || record instanceof Error) return [];
      const node = toVerificationCase(edge.node, record, now);
      return [Object.assign(new VerificationCaseEdge(), { cursor: edge.cursor, node })];
    });
    connection.totalCount = found.totalCount;
    connection.pageInfo = found.pageInfo;
    return connection;
  }
}
