import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../../common/i18n/localized-text.type.js';
import { PageInfo } from '../../common/pagination/connection.type.js';
import type { Organization } from '../directory/index.js';
import { PartnershipParty, type Institution } from './partnerships.type.js';

export enum PartnerSuggestionCriterion {
  COMPLEMENT = 'COMPLEMENT',
  TARGET_GROUPS = 'TARGET_GROUPS',
  SECTORS = 'SECTORS',
  GEOGRAPHY = 'GEOGRAPHY',
  SIZE = 'SIZE',
  VERIFICATION = 'VERIFICATION',
  ACTIVITY = 'ACTIVITY',
}
registerEnumType(PartnerSuggestionCriterion, {
  name: 'PartnerSuggestionCriterion',
  description: 'What a partner suggestion weighs (the weights: PartnerSuggestionCriterionScore.weight).',
  valuesConfig: {
    COMPLEMENT: { description: 'Their offers meet your needs, or your offers meet theirs.' },
    TARGET_GROUPS: { description: 'You serve the same target groups.' },
    SECTORS: { description: 'You work in the same sectors.' },
    GEOGRAPHY: { description: 'You work in the same governorate, or in neighbouring ones.' },
    SIZE: { description: 'A small organisation with a large one, or with a public institution.' },
    VERIFICATION: { description: 'They are verified by the programme (or a public body).' },
    ACTIVITY: { description: 'They published or updated a need or an offer lately.' },
  },
});

@ObjectType({ description: 'The points one criterion gave a suggestion, and why.' })
export class PartnerSuggestionCriterionScore {
  @Field(() => PartnerSuggestionCriterion, { description: 'Which criterion.' })
  criterion!: PartnerSuggestionCriterion;

  @Field(() => Int, { description: 'The most points it can give (the weights add up to 100).' })
  weight!: number;

  @Field(() => Int, { description: 'The points it gave, 0 to weight.' })
  points!: number;

  @Field(() => [LocalizedText], { description: 'Why, in Arabic and English (empty when it gave nothing).' })
  reasons!: LocalizedText[];
}

@ObjectType('PartnerSuggestionEdge', {
  description: 'A suggested partner in a page, with its score, the score of each criterion and the reasons.',
})
export class PartnerSuggestionEdge {
  @Field(() => String, { description: 'Opaque cursor of this edge, for `after`.' })
  cursor!: string;

  @Field(() => PartnershipParty, { description: 'The suggested partner: an organisation or an institution.' })
  node!: Organization | Institution;

  @Field(() => Int, { description: 'How well it suits the party, 0 to 100: the sum of the breakdown.' })
  score!: number;

  @Field(() => [PartnerSuggestionCriterionScore], { description: 'The points of each criterion, in a fixed order.' })
  breakdown!: PartnerSuggestionCriterionScore[];

  @Field(() => [LocalizedText], {
    description:
      'Why, in Arabic and English, the criteria that gave most first ("offers monitoring and evaluation, which you need").',
  })
  reasons!: LocalizedText[];
}

@ObjectType('PartnerSuggestionConnection', {
  description: 'Suggested partners, best first (equal scores by id), a page at a time.',
})
export class PartnerSuggestionConnection {
  @Field(() => [PartnerSuggestionEdge], { description: 'The suggestions of this page, in order.' })
  edges!: PartnerSuggestionEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many suggestions over all pages (at most 200: the best candidates).' })
  totalCount!: number;
}
