/**
 * What members and officers see of an organisation's verification: the evidence submitted and the note of the last
 * decision. Declared with @Authorized like every protected field; the answer to others is the same FORBIDDEN for
 * every organisation, so it never tells whether there is anything to see.
 */
import { GraphQLDateTime } from 'graphql-scalars';
import { Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { Organization } from '../directory/index.js';
import { verificationLoaders } from './verification.loaders.js';
import type { VerificationEvidenceEntity } from './verification-evidence.entity.js';

@ObjectType({ description: 'A registration document an organisation submitted for verification.' })
export class VerificationEvidence {
  @Field(() => ID, { description: 'Id of the evidence.' })
  id!: string;

  @Field(() => String, { description: 'application/pdf, image/png or image/jpeg.' })
  mediaType!: string;

  @Field(() => Int, { description: 'Size of the file in bytes.' })
  sizeBytes!: number;

  @Field(() => String, { description: 'SHA-256 of the file, hexadecimal.' })
  sha256!: string;

  @Field(() => GraphQLDateTime, { description: 'When it was uploaded (UTC).' })
  uploadedAt!: Date;

  @Field(() => String, { description: 'Where members and officers download it (with their session or token).' })
  downloadPath!: string;
}

function toVerificationEvidence(entity: VerificationEvidenceEntity): VerificationEvidence {
  return Object.assign(new VerificationEvidence(), {
    id: entity.id,
    mediaType: entity.mediaType,
    sizeBytes: entity.sizeBytes,
    sha256: entity.sha256.toString('hex'),
    uploadedAt: entity.createdAt,
    downloadPath: `/uploads/verification-evidence/${entity.id}`,
  });
}

@Resolver(() => Organization)
export class OrganizationVerificationResolver {
  @Authorized('ORGANIZATION_MEMBER', 'PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @FieldResolver(() => [VerificationEvidence], {
    description: 'Registration evidence submitted for verification, newest first (members and officers only).',
  })
  async verificationEvidence(
    @Root() organization: Organization,
    @Ctx() ctx: GraphQLContext,
  ): Promise<VerificationEvidence[]> {
    const rows = await ctx.loaders.of(verificationLoaders).evidenceByOrganizationId.load(organization.uuid);
    return rows.map(toVerificationEvidence);
  }

  @Authorized('ORGANIZATION_MEMBER', 'PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The officers' last word to the organisation (members and officers only): why it was rejected, or what more it should send while its case waits for information; null once verified or after a new submission.",
  })
  verificationNote(@Root() organization: Organization, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return ctx.loaders.of(verificationLoaders).noteByOrganizationId.load(organization.uuid);
  }
}
