/**
 * The public face of awarded grants: `awardedGrants` (filters by call, lot, governorate, target group and recipient
 * organisation) and `awardedGrantTotals` (per lot of a call, what is awarded against its envelope). Public data only.
 */
import { MaxLength } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, Args, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { LocalizedText } from '../../../common/i18n/localized-text.type.js';
import { Connection } from '../../../common/pagination/connection.type.js';
import { paginate } from '../../../common/pagination/paginate.js';
import { PaginationArgs, pageRequest } from '../../../common/pagination/pagination.args.js';
import { globalUuid, toGlobalId } from '../../../common/relay/global-id.js';
import { Node } from '../../../common/relay/node.interface.js';
import type { GraphQLContext } from '../../../context.js';
import { GrantAwardEntity } from '../awards/award.entities.js';
import { GrantCallEntity, GrantLotEntity } from '../grants.entities.js';
import { jodOf } from '../grant-rules.js';
import { GrantAmount, GrantLot, toGrantLot } from '../grants.type.js';
import { awardedGrantRows, awardedPerLot, type AwardedGrantRow } from './awarded-grants.repository.js';

@ObjectType({
  implements: Node,
  description:
    'A grant awarded by the programme, as published: the project, the recipient organisation, the amount, the lot. No personal data.',
})
export class AwardedGrant extends Node {
  @Field(() => ID, { description: 'Stable uuid of the award.' })
  uuid!: string;

  @Field(() => LocalizedText, { description: "The project's title." })
  title!: LocalizedText;

  @Field(() => LocalizedText, { description: "The project's summary." })
  summary!: LocalizedText;

  @Field(() => GrantAmount, { description: "The amount awarded, in the call's currency." })
  amount!: GrantAmount;

  @Field(() => GrantAmount, { description: "The amount in JOD at the call's rate." })
  amountJod!: GrantAmount;

  @Field(() => GraphQLDateTime, { description: 'When it was awarded.' })
  awardedAt!: Date;

  @Field(() => ID, { description: 'GrantCall.id of the call.' })
  callId!: string;

  @Field(() => LocalizedText, { description: "The call's title." })
  callTitle!: LocalizedText;

  @Field(() => ID, { description: 'GrantLot.id of the lot.' })
  lotId!: string;

  @Field(() => LocalizedText, { description: "The lot's title." })
  lotTitle!: LocalizedText;

  @Field(() => ID, { description: 'Organization.id of the recipient (the lead applicant).' })
  recipientId!: string;

  @Field(() => LocalizedText, { description: "The recipient organisation's name." })
  recipientName!: LocalizedText;

  @Field(() => String, {
    nullable: true,
    description: "The recipient's org-id in the 360Giving sense (JO-MSD-<national number>), when it has one.",
  })
  recipientOrgId!: string | null;

  @Field(() => [String], { description: 'Governorate codes where the project works.' })
  governorateCodes!: string[];

  @Field(() => [String], { description: 'Target group codes of the project.' })
  targetGroupCodes!: string[];

  @Field(() => Int, { nullable: true, description: 'Duration in months.' })
  durationMonths!: number | null;
}

export const msdOrgId = (msdNumber: string | null): string | null => (msdNumber ? `JO-MSD-${msdNumber}` : null);

export function toAwardedGrant(row: AwardedGrantRow): AwardedGrant {
  return Object.assign(new AwardedGrant(), {
    id: toGlobalId('AwardedGrant', row.awardId),
    uuid: row.awardId,
    title: { ar: row.titleAr, en: row.titleEn },
    summary: { ar: row.summaryAr, en: row.summaryEn },
    amount: { amountMinor: row.amountMinor, currency: row.currency },
    amountJod: { amountMinor: jodOf(row.amountMinor, row.jodRateMicros), currency: 'JOD' },
    awardedAt: row.awardedAt,
    callId: toGlobalId('GrantCall', row.callId),
    callTitle: { ar: row.callTitleAr, en: row.callTitleEn },
    lotId: toGlobalId('GrantLot', row.lotId),
    lotTitle: { ar: row.lotTitleAr, en: row.lotTitleEn },
    recipientId: toGlobalId('Organization', row.organizationId),
    recipientName: { ar: row.organizationNameAr, en: row.organizationNameEn },
    recipientOrgId: msdOrgId(row.msdNumber),
    governorateCodes: row.governorateCodes,
    targetGroupCodes: row.targetGroupCodes,
    durationMonths: row.durationMonths,
  });
}

/** One awarded grant by its award's uuid (null when not awarded, or terminated). */
export async function awardedGrantByKey(ctx: GraphQLContext, key: string): Promise<AwardedGrant | null> {
  const [row] = await awardedGrantRows(ctx.em, { awardIds: [key] });
  return row ? toAwardedGrant(row) : null;
}

@InputType({ description: 'Which awarded grants to list.' })
export class AwardedGrantFilter {
  @Field(() => ID, { nullable: true, description: 'Of this call (GrantCall.id).' })
  @MaxLength(200)
  callId?: string | null;

  @Field(() => ID, { nullable: true, description: 'In this lot (GrantLot.id).' })
  @MaxLength(200)
  lotId?: string | null;

  @Field(() => String, { nullable: true, description: 'Working in this governorate (code, e.g. JO-MA).' })
  @MaxLength(20)
  governorate?: string | null;

  @Field(() => String, { nullable: true, description: 'For this target group (code, e.g. ELDERLY).' })
  @MaxLength(60)
  targetGroup?: string | null;

  @Field(() => ID, { nullable: true, description: 'Awarded to this organisation (Organization.id).' })
  @MaxLength(200)
  organizationId?: string | null;
}

@ObjectType({ description: 'A lot of a call with what is awarded against its envelope (public).' })
export class AwardedGrantLotTotal {
  @Field(() => GrantLot, { description: 'The lot, with its envelope.' })
  lot!: GrantLot;

  @Field(() => GrantAmount, { description: 'Awarded in the lot (awards in force or completed).' })
  awarded!: GrantAmount;

  @Field(() => GrantAmount, { description: 'The envelope left: envelope minus awarded.' })
  remaining!: GrantAmount;

  @Field(() => Int, { description: 'How many grants are awarded in the lot.' })
  grantCount!: number;
}

const awarded = Connection(AwardedGrant, 'AwardedGrant');
@ObjectType('AwardedGrantEdge', { description: 'An awarded grant in a page.' })
export class AwardedGrantEdge extends awarded.Edge {}
@ObjectType('AwardedGrantConnection', { description: 'Awarded grants, latest first, a page at a time.' })
export class AwardedGrantConnection extends awarded.ConnectionType {
  @Field(() => [AwardedGrantEdge], { description: 'The items of this page, in order.' })
  edges!: AwardedGrantEdge[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;
}

@Resolver()
export class AwardedGrantQueryResolver {
  @Query(() => AwardedGrantConnection, {
    description:
      'Grants awarded by the programme (in force or completed), latest first: public, with filters by call, lot, governorate, target group and recipient.',
  })
  async awardedGrants(
    @Arg('filter', () => AwardedGrantFilter, { nullable: true, description: 'Which grants.' })
    filter: AwardedGrantFilter | null,
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AwardedGrantConnection> {
    const rows = await awardedGrantRows(ctx.em, {
      callId: filter?.callId ? globalUuid('GrantCall', filter.callId, 'filter.callId', 'a call') : null,
      lotId: filter?.lotId ? globalUuid('GrantLot', filter.lotId, 'filter.lotId', 'a lot') : null,
      organizationId: filter?.organizationId
        ? globalUuid('Organization', filter.organizationId, 'filter.organizationId', 'an organisation')
        : null,
      governorateCode: filter?.governorate ?? null,
      targetGroupCode: filter?.targetGroup ?? null,
    });
    const byId = new Map(rows.map((r) => [r.awardId, r]));
    // the filtered ids, then the page through the common keyset pagination (cursors like every other list)
    const page = await paginate(
      ctx.em,
      GrantAwardEntity,
      { id: { $in: [...byId.keys()] } },
      {
        page: pageRequest(pagination),
        orderBy: { decidedAt: 'desc', id: 'asc' },
        kind: 'awarded-grant',
        toNode: (award) => toAwardedGrant(byId.get(award.id)!),
      },
    );
    return Object.assign(new AwardedGrantConnection(), page);
  }

  @Query(() => [AwardedGrantLotTotal], {
    description: "Per lot of a published or closed call, what is awarded against the lot's envelope (public).",
  })
  async awardedGrantTotals(
    @Arg('callId', () => ID, { description: 'GrantCall.id.' }) callId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AwardedGrantLotTotal[]> {
    const uuid = globalUuid('GrantCall', callId, 'callId', 'a call');
    const call = await ctx.em.findOne(GrantCallEntity, { id: uuid, status: { $in: ['PUBLISHED', 'CLOSED'] } });
    if (!call) return [];
    const lots = await ctx.em.find(GrantLotEntity, { callId: uuid }, { orderBy: { position: 'asc' } });
    const totals = await awardedPerLot(ctx.em, uuid);
    return lots.map((lot) => {
      const t = totals.get(lot.id);
      const awardedMinor = t?.awardedMinor ?? 0;
      return {
        lot: toGrantLot(lot, call),
        awarded: { amountMinor: awardedMinor, currency: call.currency },
        remaining: { amountMinor: lot.envelopeMinor - awardedMinor, currency: call.currency },
        grantCount: t?.grantCount ?? 0,
      };
    });
  }
}
