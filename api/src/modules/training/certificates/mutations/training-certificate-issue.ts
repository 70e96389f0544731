import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../../context.js';
import { TrainingError } from '../../training.errors.js';
import { OFFICER_ROLES } from '../../training.resolver.js';
import { CertificateService } from '../certificate.service.js';
import { TrainingCertificate, toCertificate } from '../certificate.type.js';

@InputType({ description: 'The input of `trainingCertificateIssue`.' })
export class TrainingCertificateIssueInput {
  @Field(() => ID, { description: 'The completed registration (TrainingRegistration.id).' })
  @MaxLength(200)
  registrationId!: string;
}

@ObjectType({
  description:
    'The result of `trainingCertificateIssue`: the certificate (the existing one when issued before), or the userErrors that say why none was issued.',
})
export class TrainingCertificateIssuePayload {
  @Field(() => TrainingCertificate, { nullable: true, description: 'The certificate.' })
  certificate!: TrainingCertificate | null;

  @Field(() => [TrainingError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: TrainingError[];
}

@Resolver()
export class TrainingCertificateIssueResolver {
  @Authorized(...OFFICER_ROLES)
  @Mutation(() => TrainingCertificateIssuePayload, {
    description:
      "Issues the certificate of a participant who met the course's completion rule (officers). Issuing again answers the same certificate.",
  })
  async trainingCertificateIssue(
    @Arg('input', () => TrainingCertificateIssueInput, { description: 'Whose certificate.' })
    input: TrainingCertificateIssueInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingCertificateIssuePayload> {
    const result = await new CertificateService(ctx.em).issue(
      globalUuid('TrainingRegistration', input.registrationId, 'input.registrationId', 'a registration'),
      { userId: ctx.viewer!.userId, requestId: ctx.requestId, officer: true },
    );
    if (result.error) return { certificate: null, userErrors: [result.error] };
    return { certificate: toCertificate(result.ok.certificate), userErrors: [] };
  }
}
