import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../common/pagination/connection.type.js';
import { Governorate, LegalForm, Sector, TargetGroup } from './code-list.type.js';
import { VerificationStateEnum } from './organization.enums.js';
import type { Count, DirectoryFilter, DirectoryStats, SearchPlan } from './organization.search.js';
import { Organization } from './organization.type.js';

@ObjectType({ description: 'A part of a text, marked when it matches the search.' })
export class HighlightSegment {
  @Field(() => String, { description: 'The text of this part, as written.' })
  text!: string;

  @Field(() => Boolean, { description: 'Whether this part matches a word of the search.' })
  match!: boolean;
}

@ObjectType({ description: 'Where an organisation matched the search, as segments to render with the matches marked.' })
export class OrganizationHighlight {
  @Field(() => [HighlightSegment], { nullable: true, description: 'The Arabic name, segmented.' })
  nameAr!: HighlightSegment[] | null;

  @Field(() => [HighlightSegment], { nullable: true, description: 'The English name, segmented.' })
  nameEn!: HighlightSegment[] | null;

  @Field(() => [HighlightSegment], {
    nullable: true,
    description: 'About 160 characters of the mission around the first match, if it matched there.',
  })
  mission!: HighlightSegment[] | null;
}

const { Edge, ConnectionType } = Connection(Organization, 'Organization');

@ObjectType('OrganizationEdge', { description: 'An organisation in a page of the directory.' })
export class OrganizationEdge extends Edge {
  /** The search words, for the highlight resolver. */
  words!: string[];

  @Field(() => OrganizationHighlight, {
    nullable: true,
    description: 'Where it matched the search (null without a search).',
  })
  highlight!: OrganizationHighlight | null;
}

@ObjectType({ description: 'How many organisations of the current result have one governorate.' })
export class GovernorateFacet {
  @Field(() => Governorate, { description: 'The governorate.' })
  value!: Governorate;

  @Field(() => Int, { description: 'Number of organisations.' })
  count!: number;
}

@ObjectType({ description: 'How many organisations of the current result serve one target group.' })
export class TargetGroupFacet {
  @Field(() => TargetGroup, { description: 'The target group.' })
  value!: TargetGroup;

  @Field(() => Int, { description: 'Number of organisations.' })
  count!: number;
}

@ObjectType({ description: 'How many organisations of the current result work in one sector.' })
export class SectorFacet {
  @Field(() => Sector, { description: 'The sector.' })
  value!: Sector;

  @Field(() => Int, { description: 'Number of organisations.' })
  count!: number;
}

@ObjectType({ description: 'How many organisations of the current result have one legal form.' })
export class LegalFormFacet {
  @Field(() => LegalForm, { description: 'The legal form.' })
  value!: LegalForm;

  @Field(() => Int, { description: 'Number of organisations.' })
  count!: number;
}

@ObjectType({ description: 'How many organisations of the current result are in one verification state.' })
export class VerificationStateFacet {
  @Field(() => VerificationStateEnum, { description: 'The state.' })
  value!: VerificationStateEnum;

  @Field(() => Int, { description: 'Number of organisations.' })
  count!: number;
}

@ObjectType({
  description:
    'Counts per value for the current search and filters. Each facet ignores its own filter, so it shows what choosing another value would give; values with no organisation are listed with 0.',
})
export class OrganizationFacets {
  @Field(() => [GovernorateFacet], { description: 'Per governorate, in the code list order.' })
  governorates!: GovernorateFacet[];

  @Field(() => [TargetGroupFacet], { description: 'Per target group.' })
  targetGroups!: TargetGroupFacet[];

  @Field(() => [SectorFacet], { description: 'Per sector.' })
  sectors!: SectorFacet[];

  @Field(() => [LegalFormFacet], { description: 'Per legal form.' })
  legalForms!: LegalFormFacet[];

  @Field(() => [VerificationStateFacet], { description: 'Per verification state.' })
  verificationStates!: VerificationStateFacet[];
}

@ObjectType('OrganizationConnection', {
  description: 'A page of the directory, with the size and facets of the whole result.',
})
export class OrganizationConnection extends ConnectionType {
  /** What the page was computed from, for totalCount and facets (computed only when asked). */
  query!: { filter: DirectoryFilter | null | undefined; plan: SearchPlan; wantsFacets: boolean };
  /** Facets and total in one statement, shared by both fields when both are asked for. */
  stats?: Promise<DirectoryStats>;
  /** The total alone, shared by totalCount and totalCountIsExact. */
  count?: Promise<Count>;

  @Field(() => [OrganizationEdge], { description: 'The organisations of this page, with their cursors.' })
  edges!: OrganizationEdge[];

  @Field(() => Int, {
    description:
      'Number of organisations in the whole result (all pages). A search counts at most 10,000 matches: see totalCountIsExact.',
  })
  totalCount!: number;

  @Field(() => Boolean, {
    description:
      'False when a search matched more than 10,000 organisations: totalCount is then 10,000 (a lower bound) and the facets count those 10,000 matches. Listings without a search always count exactly.',
  })
  totalCountIsExact!: boolean;

  @Field(() => OrganizationFacets, {
    description: 'Counts per governorate, target group, sector, legal form and verification state.',
  })
  facets!: OrganizationFacets;

  @Field(() => Boolean, {
    description: 'Whether the search found nothing word for word and these are typo-tolerant matches.',
  })
  fuzzy!: boolean;
}
