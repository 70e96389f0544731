import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, createUnionType } from 'type-graphql';
import { LocalizedText } from '../../common/i18n/localized-text.type.js';
import { Connection } from '../../common/pagination/connection.type.js';
import { toGlobalId } from '../../common/relay/global-id.js';
import { Node } from '../../common/relay/node.interface.js';
import { Organization } from '../directory/index.js';
import { MemberRole } from '../membership/index.js';
import type { InstitutionEntity, PartnershipListingEntity } from './partnerships.entities.js';
import { InstitutionType, PartnershipListingKind, PartnershipListingStatus } from './partnerships.enums.js';

@ObjectType({ description: 'A capability of the taxonomy of needs and offers (code list).' })
export class PartnershipCapability {
  @Field(() => ID, { description: 'Global, opaque id of the capability (stable: built from its code).' })
  id!: string;

  @Field(() => String, { description: 'Stable code, e.g. FINANCIAL_MANAGEMENT.' })
  code!: string;

  @Field(() => LocalizedText, { description: 'Name in Arabic and English.' })
  name!: LocalizedText;
}

export function toCapability(row: { code: string; nameAr: string; nameEn: string }): PartnershipCapability {
  return {
    id: toGlobalId('PartnershipCapability', row.code),
    code: row.code,
    name: { ar: row.nameAr, en: row.nameEn },
  };
}

@ObjectType({
  implements: Node,
  description:
    'A public body (ministry, MoSD governorate directorate, municipality, public agency): a party of partnerships, with members acting for it.',
})
export class Institution extends Node {
  /** The row behind this object, for field resolvers. */
  row!: InstitutionEntity;

  @Field(() => ID, { description: 'Stable uuid of the institution.' })
  uuid!: string;

  @Field(() => String, { description: 'URL-safe name, unique: /institutions/<slug>.' })
  slug!: string;

  @Field(() => InstitutionType, { description: 'What kind of public body it is.' })
  type!: InstitutionType;

  @Field(() => LocalizedText, { description: 'Name in Arabic and English; one of the two may be missing, never both.' })
  name!: LocalizedText;

  @Field(() => String, { nullable: true, description: 'Short name or acronym, e.g. MoSD.' })
  acronym!: string | null;

  @Field(() => String, { nullable: true, description: 'Its website.' })
  website!: string | null;
}

export function toInstitution(row: InstitutionEntity): Institution {
  return Object.assign(new Institution(), {
    row,
    id: toGlobalId('Institution', row.id),
    uuid: row.id,
    slug: row.slug,
    type: row.type as InstitutionType,
    name: { ar: row.nameAr, en: row.nameEn },
    acronym: row.acronym,
    website: row.website,
  });
}

export const PartnershipParty = createUnionType({
  name: 'PartnershipParty',
  description: 'Who takes part in partnerships: a civil society organisation or a public institution.',
  types: () => [Organization, Institution] as const,
  resolveType: (value) => (value instanceof Institution ? Institution : Organization),
});

@ObjectType({
  implements: Node,
  description:
    'A need or an offer of an organisation or an institution: a capability, free text, governorates, target groups, until an expiry date.',
})
export class PartnershipListing extends Node {
  row!: PartnershipListingEntity;

  @Field(() => ID, { description: 'Stable uuid of the listing.' })
  uuid!: string;

  @Field(() => PartnershipListingKind, { description: 'A need or an offer.' })
  kind!: PartnershipListingKind;

  @Field(() => PartnershipListingStatus, { description: 'Whether it is shown (active), withdrawn or expired.' })
  status!: PartnershipListingStatus;

  @Field(() => LocalizedText, { description: 'What is needed or offered, in Arabic and English (at least one).' })
  description!: LocalizedText;

  @Field(() => [String], { description: 'Codes of the governorates concerned (empty: anywhere in Jordan).' })
  governorateCodes!: string[];

  @Field(() => [String], { description: 'Codes of the target groups concerned (empty: any).' })
  targetGroupCodes!: string[];

  @Field(() => GraphQLDateTime, { description: 'When it stops being shown.' })
  expiresAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When it was published.' })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When it last changed.' })
  updatedAt!: Date;
}

export function listingStatus(row: PartnershipListingEntity, now = new Date()): PartnershipListingStatus {
  if (row.status === 'WITHDRAWN') return PartnershipListingStatus.WITHDRAWN;
  return row.expiresAt <= now ? PartnershipListingStatus.EXPIRED : PartnershipListingStatus.ACTIVE;
}

export function toListing(row: PartnershipListingEntity): PartnershipListing {
  return Object.assign(new PartnershipListing(), {
    row,
    id: toGlobalId('PartnershipListing', row.id),
    uuid: row.id,
    kind: row.kind as PartnershipListingKind,
    status: listingStatus(row),
    description: { ar: row.descriptionAr, en: row.descriptionEn },
    governorateCodes: row.governorateCodes,
    targetGroupCodes: row.targetGroupCodes,
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
}

const institutions = Connection(Institution, 'Institution');
@ObjectType('InstitutionEdge', { description: 'An institution in a page.' })
export class InstitutionEdge extends institutions.Edge {}
@ObjectType('InstitutionConnection', { description: 'Institutions, a page at a time.' })
export class InstitutionConnection extends institutions.ConnectionType {
  @Field(() => [InstitutionEdge], { description: 'The items of this page, in order.' })
  edges!: InstitutionEdge[];

  @Field(() => Int, { description: 'How many institutions match, over all pages.' })
  totalCount!: number;
}

const listings = Connection(PartnershipListing, 'PartnershipListing');
@ObjectType('PartnershipListingEdge', { description: 'A need or an offer in a page.' })
export class PartnershipListingEdge extends listings.Edge {}
@ObjectType('PartnershipListingConnection', { description: 'Needs and offers, newest first, a page at a time.' })
export class PartnershipListingConnection extends listings.ConnectionType {
  @Field(() => [PartnershipListingEdge], { description: 'The items of this page, in order.' })
  edges!: PartnershipListingEdge[];

  @Field(() => Int, { description: 'How many match, over all pages.' })
  totalCount!: number;
}

@ObjectType({ description: "A person's membership of an institution: they act for it with their role." })
export class InstitutionMembership {
  @Field(() => ID, { description: 'Global, opaque id of this membership (the institution and the person).' })
  id!: string;

  @Field(() => Institution, { description: 'The institution.' })
  institution!: Institution;

  @Field(() => MemberRole, {
    description: 'Their role: owners and editors publish its needs and offers, viewers see what members see.',
  })
  role!: MemberRole;
}
