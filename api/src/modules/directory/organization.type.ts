import type { OrganizationScoped } from '../../common/auth/auth-checker.js';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../../common/i18n/localized-text.type.js';
import { Node } from '../../common/relay/node.interface.js';
import {
  BudgetBandEnum,
  IdentifierSchemeEnum,
  LocalityTypeEnum,
  OrganizationStatusEnum,
  VerificationStateEnum,
} from './organization.enums.js';

@ObjectType({ description: 'An official identifier of an organisation in a registry.' })
export class OrganizationIdentifier {
  @Field(() => IdentifierSchemeEnum, { description: 'The registry (org-id.guide scheme).' })
  scheme!: IdentifierSchemeEnum;

  @Field(() => String, { description: 'The number in that registry.' })
  identifier!: string;
}

@ObjectType({ description: 'A point on the map (WGS 84).' })
export class GeoPoint {
  @Field(() => Float, { description: 'Latitude in decimal degrees.' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude in decimal degrees.' })
  longitude!: number;
}

@ObjectType({ description: 'A link to the organisation on a social network.' })
export class SocialLink {
  @Field(() => String, { description: 'The network: facebook, instagram, x, linkedin, youtube, tiktok or other.' })
  kind!: string;

  @Field(() => String, { description: 'Address of the page.' })
  url!: string;
}

@ObjectType({ description: 'A public way to reach the organisation.' })
export class OrganizationContact {
  @Field(() => String, { nullable: true, description: 'Name of a person or office.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Their role.' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number, international format where known.' })
  phone!: string | null;
}

@ObjectType({ description: "Whether, when and how the organisation's registration was confirmed." })
export class Verification {
  @Field(() => VerificationStateEnum, { description: 'Current state.' })
  state!: VerificationStateEnum;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the current state was reached (UTC), if decided.',
  })
  decidedAt!: Date | null;
}

@ObjectType({ description: 'An organisational capacity assessment: scores from 1 (emerging) to 5 (mature).' })
export class CapacityAssessment {
  @Field(() => String, { description: 'Day of the assessment (YYYY-MM-DD).' })
  assessedOn!: string;

  @Field(() => Int, { description: 'Governance: board, statutes, decision making.' })
  governance!: number;

  @Field(() => Int, { description: 'Financial management.' })
  finance!: number;

  @Field(() => Int, { description: 'Human resources: staff and volunteers.' })
  humanResources!: number;

  @Field(() => Int, { description: 'Programme delivery.' })
  programmeDelivery!: number;

  @Field(() => Int, { description: 'Monitoring and evaluation.' })
  monitoringEvaluation!: number;

  @Field(() => Int, { description: 'Advocacy and policy engagement.' })
  advocacy!: number;
}

/** The columns of an organisation as the directory reads them (also the Organization type's source object). */
export interface OrganizationRecord {
  id: string;
  slug: string;
  nameAr: string | null;
  nameEn: string | null;
  acronym: string | null;
  legalFormCode: string;
  foundingYear: number | null;
  status: string;
  governorateCode: string;
  district: string | null;
  localityType: string | null;
  addressAr: string | null;
  addressEn: string | null;
  latitude: number | null;
  longitude: number | null;
  missionAr: string | null;
  missionEn: string | null;
  staffCount: number | null;
  volunteerCount: number | null;
  budgetBand: string | null;
  website: string | null;
  socialLinks: { kind: string; url: string }[];
  /** SHA-256 (hex) of the stored logo, or null. */
  logoKey: string | null;
  verificationState: string;
  verifiedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

@ObjectType({
  implements: Node,
  description: 'A civil society organisation (charity, society, NGO...) in the directory.',
})
export class Organization extends Node implements OrganizationScoped {
  /** The record behind this object, for field resolvers. */
  record!: OrganizationRecord;

  /** Its fields with membership rules are checked against this organisation. */
  get scopeOrganizationId(): string {
    return this.uuid;
  }

  @Field(() => ID, { description: 'Stable UUID of the organisation (the `id` of the open data export).' })
  uuid!: string;

  @Field(() => String, { description: 'URL-safe name, unique: /organizations/<slug>.' })
  slug!: string;

  @Field(() => LocalizedText, { description: 'Name in Arabic and English; one of the two may be missing, never both.' })
  name!: LocalizedText;

  @Field(() => String, { nullable: true, description: 'Short name or acronym.' })
  acronym!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of founding.' })
  foundingYear!: number | null;

  @Field(() => OrganizationStatusEnum, { description: 'Legal status.' })
  status!: OrganizationStatusEnum;

  @Field(() => String, { nullable: true, description: 'District (liwa) within the governorate.' })
  district!: string | null;

  @Field(() => LocalityTypeEnum, { nullable: true, description: 'Urban or rural locality.' })
  localityType!: LocalityTypeEnum | null;

  @Field(() => LocalizedText, { description: 'Street address in Arabic and English (either may be missing).' })
  address!: LocalizedText;

  @Field(() => GeoPoint, { nullable: true, description: 'Location of the main office, when known.' })
  location!: GeoPoint | null;

  @Field(() => LocalizedText, { description: 'Mission statement in Arabic and English (either may be missing).' })
  mission!: LocalizedText;

  @Field(() => Int, { nullable: true, description: 'Number of paid staff.' })
  staffCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of active volunteers.' })
  volunteerCount!: number | null;

  @Field(() => BudgetBandEnum, { nullable: true, description: 'Annual budget band.' })
  budgetBand!: BudgetBandEnum | null;

  @Field(() => String, { nullable: true, description: 'Website address.' })
  website!: string | null;

  @Field(() => [SocialLink], { description: 'Pages on social networks.' })
  socialLinks!: SocialLink[];

  @Field(() => Verification, { description: 'Verification of the registration by the programme and MoSD.' })
  verification!: Verification;

  @Field(() => GraphQLDateTime, { description: 'When the record was created (UTC).' })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When the record last changed (UTC).' })
  updatedAt!: Date;
}
