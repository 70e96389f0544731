import { ArrayMaxSize, IsInt, IsOptional, MaxLength, ValidateNested } from 'class-validator';
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
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { DirectoryError, DirectoryErrorCode } from '../directory.errors.js';
import { organizationUuid } from '../organization-id.js';
import { reloadOrganization } from '../organization.loaders.js';
import { OrganizationService, organizationVersions } from '../organization.service.js';
import { Organization } from '../organization.type.js';

export enum ContactVisibilityEnum {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
}
registerEnumType(ContactVisibilityEnum, {
  name: 'ContactVisibility',
  description: 'Who sees a contact of an organisation.',
  valuesConfig: {
    PUBLIC: { description: 'Everyone: the public directory and its exports (`Organization.publicContacts`).' },
    PRIVATE: {
      description: "The organisation's members and the officers only (`Organization.privateContacts`).",
    },
  },
});

@InputType({ description: 'A way to reach the organisation: an email address or a phone number, or both.' })
export class OrganizationContactInput {
  @Field(() => ContactVisibilityEnum, { description: 'PUBLIC (shown in the directory) or PRIVATE.' })
  visibility!: ContactVisibilityEnum;

  @Field(() => String, { nullable: true, description: 'Name of a person or office.' })
  @IsOptional()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Their role.' })
  @IsOptional()
  @MaxLength(200)
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  @IsOptional()
  @MaxLength(200)
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Phone number, 6 to 20 digits, international format (+962...) where known.',
  })
  @IsOptional()
  @MaxLength(40)
  phone?: string | null;
}

@InputType({ description: 'A page of the organisation on a social network.' })
export class SocialLinkInput {
  @Field(() => String, { description: 'The network: facebook, instagram, x, linkedin, youtube, tiktok or other.' })
  @MaxLength(20)
  kind!: string;

  @Field(() => String, { description: 'Address of the page, an http or https URL.' })
  @MaxLength(300)
  url!: string;
}

@InputType({
  description:
    'The input of `organizationUpdate`. A field left out keeps its value; null (or an empty text) clears it; a list replaces the whole list.',
})
export class OrganizationUpdateInput {
  @Field(() => ID, { description: 'Id of the organisation (Organization.id).' })
  @MaxLength(200)
  organizationId!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "The organisation's `version` when the form was opened: if someone saved it meanwhile, nothing is saved and the answer is CONFLICT (with the profile as it is now). Left out, the last save wins.",
  })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'Name in Arabic.' })
  @IsOptional()
  @MaxLength(300)
  nameAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  @IsOptional()
  @MaxLength(300)
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Short name, e.g. "JWU".' })
  @IsOptional()
  @MaxLength(30)
  acronym?: string | null;

  @Field(() => String, { nullable: true, description: 'Mission in Arabic.' })
  @IsOptional()
  @MaxLength(4000)
  missionAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Mission in English.' })
  @IsOptional()
  @MaxLength(4000)
  missionEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Street address in Arabic.' })
  @IsOptional()
  @MaxLength(500)
  addressAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Street address in English.' })
  @IsOptional()
  @MaxLength(500)
  addressEn?: string | null;

  @Field(() => String, { nullable: true, description: 'District (liwa) within the governorate.' })
  @IsOptional()
  @MaxLength(100)
  district?: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of registration, 1900 to this year.' })
  @IsOptional()
  foundingYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Website, an http or https URL.' })
  @IsOptional()
  @MaxLength(300)
  website?: string | null;

  @Field(() => Int, { nullable: true, description: 'Paid staff, 0 or more.' })
  @IsOptional()
  staffCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'Volunteers, 0 or more.' })
  @IsOptional()
  volunteerCount?: number | null;

  @Field(() => [String], { nullable: true, description: 'Target group codes (see `targetGroups`), the whole list.' })
  @IsOptional()
  @ArrayMaxSize(20)
  targetGroups?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Sector codes (see `sectors`), the whole list.' })
  @IsOptional()
  @ArrayMaxSize(20)
  sectors?: string[] | null;

  @Field(() => [OrganizationContactInput], {
    nullable: true,
    description: 'Contacts, public and private, in the order shown: the whole list (at most 10).',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  contacts?: OrganizationContactInput[] | null;

  @Field(() => [SocialLinkInput], {
    nullable: true,
    description: 'Pages on social networks, in the order shown: the whole list (at most 10).',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  socialLinks?: SocialLinkInput[] | null;
}

@ObjectType({
  description: 'The result of `organizationUpdate`: what changed, or the userErrors that say why nothing did.',
})
export class OrganizationUpdatePayload {
  @Field(() => Organization, {
    nullable: true,
    description: 'The organisation as it is now: after the change, or as someone else left it on CONFLICT.',
  })
  organization!: Organization | null;

  @Field(() => [DirectoryError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: DirectoryError[];
}

@Resolver()
export class OrganizationUpdateResolver {
  @Authorized('ORGANIZATION_EDITOR')
  @Mutation(() => OrganizationUpdatePayload, {
    description:
      "Edits an organisation's public profile (names, mission, address, figures, target groups, sectors); owners and editors only. Its verification state does not change.",
  })
  async organizationUpdate(
    @Arg('input', () => OrganizationUpdateInput, { description: 'What to change (see OrganizationUpdateInput).' })
    input: OrganizationUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationUpdatePayload> {
    const organizationId = organizationUuid(input.organizationId, 'input.organizationId');
    const { organizationId: _id, expectedVersion, ...changes } = input;
    const errors = await new OrganizationService(ctx.em).update(
      organizationId,
      changes,
      { userId: ctx.viewer!.userId, requestId: ctx.requestId },
      expectedVersion,
    );
    if (errors.some((error) => error.code === DirectoryErrorCode.CONFLICT)) {
      return { organization: await reloadOrganization(ctx, organizationId), userErrors: errors };
    }
    if (errors.length > 0) return { organization: null, userErrors: errors };
    return { organization: await reloadOrganization(ctx, organizationId), userErrors: [] };
  }
}

@Resolver(() => Organization)
export class OrganizationVersionResolver {
  @FieldResolver(() => Int, {
    description:
      'Raised by every saved change of the organisation: an edit form sends back the version it was opened at (`OrganizationUpdateInput.expectedVersion`), so that a stale save cannot revert a newer one.',
  })
  async version(@Root() organization: Organization, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await ctx.loaders.of(organizationVersions).load(organization.uuid)) ?? 1;
  }
}
