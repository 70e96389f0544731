import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { CallService } from '../call.service.js';
import { GrantCallEntity } from '../grants.entities.js';
import { toGrantCall } from '../grants.type.js';
import { GrantCallPayloadBase } from './grant-call-payload.js';

@InputType({
  description:
    'The input of `grantCallQuestionPublish`: a question and its answer (each in Arabic or English at least).',
})
export class GrantCallQuestionPublishInput {
  @Field(() => ID, { description: 'GrantCall.id.' })
  @MaxLength(200)
  callId!: string;

  @Field(() => String, { nullable: true, description: 'The question in Arabic.' })
  @IsOptional()
  @MaxLength(4000)
  questionAr?: string | null;

  @Field(() => String, { nullable: true, description: 'The question in English.' })
  @IsOptional()
  @MaxLength(4000)
  questionEn?: string | null;

  @Field(() => String, { nullable: true, description: 'The answer in Arabic.' })
  @IsOptional()
  @MaxLength(8000)
  answerAr?: string | null;

  @Field(() => String, { nullable: true, description: 'The answer in English.' })
  @IsOptional()
  @MaxLength(8000)
  answerEn?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "GrantCallAskedQuestion.id: the applicant's question this answers (marked answered).",
  })
  @IsOptional()
  @MaxLength(200)
  askedQuestionId?: string | null;
}

@ObjectType({ description: 'The result of `grantCallQuestionPublish`: the call with its questions.' })
export class GrantCallQuestionPublishPayload extends GrantCallPayloadBase {}

@Resolver()
export class GrantCallQuestionPublishResolver {
  @Authorized('PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @Mutation(() => GrantCallQuestionPublishPayload, {
    description: 'Publishes a question about a published call with its answer, for every applicant to read (officers).',
  })
  async grantCallQuestionPublish(
    @Arg('input', () => GrantCallQuestionPublishInput, { description: 'The question and answer.' })
    input: GrantCallQuestionPublishInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantCallQuestionPublishPayload> {
    const callId = globalUuid('GrantCall', input.callId, 'input.callId', 'a call');
    const askedQuestionId = input.askedQuestionId
      ? globalUuid('GrantCallAskedQuestion', input.askedQuestionId, 'input.askedQuestionId', 'an asked question')
      : null;
    const result = await new CallService(ctx.em).publishQuestion(
      callId,
      { ...input, askedQuestionId },
      {
        viewer: ctx.viewer!,
        requestId: ctx.requestId,
      },
    );
    if ('errors' in result) return { call: null, userErrors: result.errors };
    const call = await ctx.em.findOneOrFail(GrantCallEntity, { id: callId });
    return { call: toGrantCall(call), userErrors: [] };
  }
}
