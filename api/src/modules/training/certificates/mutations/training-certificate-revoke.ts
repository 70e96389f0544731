import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { globalUuid } from '../../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../../context.js';
import { TrainingError } from '../../training.errors.js';
import { OFFICER_ROLES } from '../../training.resolver.js';
import { CertificateService } from '../certificate.service.js';
import { TrainingCertificate, toCertificate } from '../certificate.type.js';

@InputType({ description: 'The input of `trainingCertificateRevoke`.' })
export class TrainingCertificateRevokeInput {
  @Field(() => ID, { description: 'The certificate (TrainingCertificate.id).' })
  @MaxLength(200)
  certificateId!: string;

  @Field(() => String, { description: 'Why it is revoked (required; kept on the certificate and in the audit log).' })
  @MaxLength(1000)
  reason!: string;
}

@ObjectType({
  description:
    'The result of `trainingCertificateRevoke`: the revoked certificate, or the userErrors that say why not.',
})
export class TrainingCertificateRevokePayload {
  @Field(() => TrainingCertificate, { nullable: true, description: 'The certificate, revoked.' })
  certificate!: TrainingCertificate | null;

  @Field(() => [TrainingError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: TrainingError[];
}

@Resolver()
export class TrainingCertificateRevokeResolver {
  @Authorized(...OFFICER_ROLES)
  @Mutation(() => TrainingCertificateRevokePayload, {
    description: 'Revokes a certificate, with a reason (officers): its verification then says it is revoked.',
  })
  async trainingCertificateRevoke(
    @Arg('input', () => TrainingCertificateRevokeInput, { description: 'Which certificate, and why.' })
    input: TrainingCertificateRevokeInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingCertificateRevokePayload> {
    const result = await new CertificateService(ctx.em).revoke(
      globalUuid('TrainingCertificate', input.certificateId, 'input.certificateId', 'a certificate'),
      input.reason,
      { userId: ctx.viewer!.userId, requestId: ctx.requestId, officer: true },
    );
    if (result.error) return { certificate: null, userErrors: [result.error] };
    return { certificate: toCertificate(result.ok), userErrors: [] };
  }
}
