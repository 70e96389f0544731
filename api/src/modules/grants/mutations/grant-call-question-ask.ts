import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { CallService } from '../call.service.js';
import { GrantError } from '../grants.errors.js';
import { GrantCallAskedQuestion, toGrantCallAskedQuestion } from '../grants.type.js';

@InputType({
  description: 'The input of `grantCallQuestionAsk`: a question about a call (Arabic or English at least).',
})
export class GrantCallQuestionAskInput {
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
}

@ObjectType({ description: 'The result of `grantCallQuestionAsk`: the question as asked, or why not.' })
export class GrantCallQuestionAskPayload {
  @Field(() => GrantCallAskedQuestion, { nullable: true, description: 'The question asked (null on an error).' })
  question!: GrantCallAskedQuestion | null;

  @Field(() => [GrantError], { description: 'Why nothing was asked (empty on success).' })
  userErrors!: GrantError[];
}

@Resolver()
export class GrantCallQuestionAskResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => GrantCallQuestionAskPayload, {
    description:
      'Asks a question about a published call before its deadline (any signed-in person); officers publish the answer for every applicant with `grantCallQuestionPublish`.',
  })
  async grantCallQuestionAsk(
    @Arg('input', () => GrantCallQuestionAskInput, { description: 'The call and the question.' })
    input: GrantCallQuestionAskInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantCallQuestionAskPayload> {
    const callId = globalUuid('GrantCall', input.callId, 'input.callId', 'a call');
    const result = await new CallService(ctx.em).askQuestion(callId, input, {
      viewer: ctx.viewer!,
      requestId: ctx.requestId,
    });
    if ('errors' in result) return { question: null, userErrors: result.errors };
    return { question: toGrantCallAskedQuestion(result.ok), userErrors: [] };
  }
}
