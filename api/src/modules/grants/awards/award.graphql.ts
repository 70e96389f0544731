import { IsInt, MaxLength, Min } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { isOfficer } from '../../../common/auth/viewer.js';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { grantLoaders } from '../grants.loaders.js';
import { GRANT_OFFICERS } from '../grants.resolver.js';
import { GrantApplication, GrantCall, GrantLot, toGrantApplication, toGrantCall, toGrantLot } from '../grants.type.js';
import { GrantAwardEntity, PROGRAMME_ENVELOPE_KEY, callEnvelopeKey, lotEnvelopeKey } from './award.entities.js';
import { awardLoaders } from './award.loaders.js';
import { GrantAwardError } from './award.errors.js';
import { awardGrant, updateAward } from './award.service.js';
import { GrantAward, GrantEnvelope, toGrantAward, toGrantEnvelope } from './award.type.js';

@InputType({ description: 'The input of `grantAward`.' })
export class GrantAwardInput {
  @Field(() => ID, { description: 'GrantApplication.id of a shortlisted application.' })
  @MaxLength(200)
  applicationId!: string;

  @Field(() => GraphQLSafeInt, { description: "The amount in minor units of the call's currency (EUR cents)." })
  @IsInt()
  amountMinor!: number;

  @Field(() => String, { nullable: true, description: "The decision's reasons in Arabic." })
  @MaxLength(4000)
  reasonsAr?: string | null;

  @Field(() => String, { nullable: true, description: "The decision's reasons in English." })
  @MaxLength(4000)
  reasonsEn?: string | null;

  @Field(() => String, {
    description:
      'A key the client makes once per award it means (8 to 200 characters): the same key and input return the first result; the same key with another input is refused.',
  })
  @MaxLength(200)
  idempotencyKey!: string;
}

@ObjectType({ description: 'The result of `grantAward`.' })
export class GrantAwardPayload {
  @Field(() => GrantAward, { nullable: true, description: 'The award (the first one, for a repeated key).' })
  award!: GrantAward | null;

  @Field(() => [GrantAwardError], { description: 'Why nothing changed (empty on success).' })
  userErrors!: GrantAwardError[];
}

@InputType({ description: 'The input of `grantAwardUpdate`.' })
export class GrantAwardUpdateInput {
  @Field(() => ID, { description: 'GrantAward.id.' })
  @MaxLength(200)
  awardId!: string;

  @Field(() => Int, { description: 'The version the edit was made on (a stale one is a VERSION_CONFLICT).' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'The new amount in minor units (null: unchanged).' })
  amountMinor?: number | null;

  @Field(() => String, { nullable: true, description: 'The reasons in Arabic (omitted: unchanged).' })
  @MaxLength(4000)
  reasonsAr?: string | null;

  @Field(() => String, { nullable: true, description: 'The reasons in English (omitted: unchanged).' })
  @MaxLength(4000)
  reasonsEn?: string | null;
}

@Resolver()
export class GrantAwardMutationResolver {
  @Authorized(...GRANT_OFFICERS)
  @Mutation(() => GrantAwardPayload, {
    description:
      "Awards a shortlisted application an amount within the call's range; the awards never exceed the lot's, the call's or the programme's envelope, even when awarded at the same moment. Idempotent by key. Officers.",
  })
  async grantAward(
    @Arg('input', () => GrantAwardInput, { description: 'The application, the amount and the reasons.' })
    input: GrantAwardInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantAwardPayload> {
    const applicationId = globalUuid('GrantApplication', input.applicationId, 'input.applicationId', 'an application');
    const result = await awardGrant(
      ctx.em,
      {
        applicationId,
        amountMinor: input.amountMinor,
        reasonsAr: input.reasonsAr ?? null,
        reasonsEn: input.reasonsEn ?? null,
        idempotencyKey: input.idempotencyKey,
      },
      { userId: ctx.viewer!.userId, requestId: ctx.requestId },
    );
    if ('errors' in result) return { award: null, userErrors: result.errors };
    return { award: toGrantAward(result.ok), userErrors: [] };
  }

  @Authorized(...GRANT_OFFICERS)
  @Mutation(() => GrantAwardPayload, {
    description:
      'Changes the amount or the reasons of an award in force, made on the version read (a stale edit is refused with VERSION_CONFLICT); a new amount is guarded by the envelopes like an award. Officers.',
  })
  async grantAwardUpdate(
    @Arg('input', () => GrantAwardUpdateInput, { description: 'The award, its version and the changes.' })
    input: GrantAwardUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantAwardPayload> {
    const awardId = globalUuid('GrantAward', input.awardId, 'input.awardId', 'an award');
    const result = await updateAward(
      ctx.em,
      {
        awardId,
        expectedVersion: input.expectedVersion,
        amountMinor: input.amountMinor,
        reasonsAr: input.reasonsAr,
        reasonsEn: input.reasonsEn,
      },
      { userId: ctx.viewer!.userId, requestId: ctx.requestId },
    );
    if ('errors' in result) return { award: null, userErrors: result.errors };
    return { award: toGrantAward(result.ok), userErrors: [] };
  }
}

/** An envelope's counter (through the request's loader); before its first award, the envelope as set and nothing awarded. */
async function envelopeOf(ctx: GraphQLContext, key: string, fallbackMinor: number, currency: string) {
  const row = await ctx.loaders.of(awardLoaders).envelopeByKey.load(key);
  return toGrantEnvelope({
    key,
    currency: row?.currency ?? currency,
    envelopeMinor: row?.envelopeMinor ?? fallbackMinor,
    awardedMinor: row?.awardedMinor ?? 0,
  });
}

/** A grant award by its uuid: officers only (for anyone else it does not exist). */
export async function grantAwardByKey(ctx: GraphQLContext, key: string): Promise<GrantAward | null> {
  if (!isOfficer(ctx.viewer)) return null;
  const row = await ctx.em.findOne(GrantAwardEntity, { id: key });
  return row ? toGrantAward(row) : null;
}

@Resolver(() => GrantAward)
export class GrantAwardResolver {
  @FieldResolver(() => GrantApplication, { description: 'The application awarded.' })
  async application(@Root() award: GrantAward, @Ctx() ctx: GraphQLContext): Promise<GrantApplication> {
    return toGrantApplication((await ctx.loaders.of(awardLoaders).applicationById.load(award.row.applicationId))!);
  }

  @FieldResolver(() => GrantCall, { description: 'The call.' })
  async call(@Root() award: GrantAward, @Ctx() ctx: GraphQLContext): Promise<GrantCall> {
    return toGrantCall((await ctx.loaders.of(grantLoaders).callById.load(award.row.callId))!);
  }

  @FieldResolver(() => GrantLot, { description: 'The lot whose envelope it is awarded from.' })
  async lot(@Root() award: GrantAward, @Ctx() ctx: GraphQLContext): Promise<GrantLot> {
    const loaders = ctx.loaders.of(grantLoaders);
    const [lot, call] = await Promise.all([
      loaders.lotById.load(award.row.lotId),
      loaders.callById.load(award.row.callId),
    ]);
    return toGrantLot(lot!, call!);
  }
}

@Resolver(() => GrantLot)
export class GrantLotAwardsResolver {
  @FieldResolver(() => GrantEnvelope, { description: "The lot's envelope with what is awarded and what is left." })
  async awardEnvelope(@Root() lot: GrantLot, @Ctx() ctx: GraphQLContext): Promise<GrantEnvelope> {
    return envelopeOf(ctx, lotEnvelopeKey(lot.uuid), lot.row.envelopeMinor, lot.envelope.currency);
  }

  @FieldResolver(() => [GrantAward], {
    nullable: true,
    description: 'The awards of the lot, the largest first (officers; null for anyone else).',
  })
  async awards(@Root() lot: GrantLot, @Ctx() ctx: GraphQLContext): Promise<GrantAward[] | null> {
    if (!isOfficer(ctx.viewer)) return null;
    return (await ctx.loaders.of(awardLoaders).awardsByLotId.load(lot.uuid)).map(toGrantAward);
  }
}

@Resolver(() => GrantCall)
export class GrantCallAwardsResolver {
  @FieldResolver(() => GrantEnvelope, { description: "The call's envelope (its lots') with what is awarded and left." })
  async awardEnvelope(@Root() call: GrantCall, @Ctx() ctx: GraphQLContext): Promise<GrantEnvelope> {
    const lots = await ctx.loaders.of(grantLoaders).lotsByCallId.load(call.uuid);
    const envelope = lots.reduce((sum, lot) => sum + lot.envelopeMinor, 0);
    return envelopeOf(ctx, callEnvelopeKey(call.uuid), envelope, call.row.currency);
  }
}

@Resolver()
export class GrantAwardQueryResolver {
  @Query(() => GrantEnvelope, {
    description: "The programme's envelope (4,000,000 EUR) with what is awarded across all calls and what is left.",
  })
  async grantProgrammeEnvelope(@Ctx() ctx: GraphQLContext): Promise<GrantEnvelope> {
    return envelopeOf(ctx, PROGRAMME_ENVELOPE_KEY, 400_000_000, 'EUR');
  }
}
