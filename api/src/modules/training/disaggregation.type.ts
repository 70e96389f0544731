import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';

export enum TrainingSex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}
registerEnumType(TrainingSex, {
  name: 'TrainingSex',
  description: 'Sex, as the participant gave it.',
  valuesConfig: { FEMALE: { description: 'Female.' }, MALE: { description: 'Male.' } },
});

export enum TrainingAgeBand {
  AGE_18_24 = 'AGE_18_24',
  AGE_25_34 = 'AGE_25_34',
  AGE_35_44 = 'AGE_35_44',
  AGE_45_54 = 'AGE_45_54',
  AGE_55_64 = 'AGE_55_64',
  AGE_65_PLUS = 'AGE_65_PLUS',
}
registerEnumType(TrainingAgeBand, {
  name: 'TrainingAgeBand',
  description: 'Age band, in years.',
  valuesConfig: {
    AGE_18_24: { description: '18 to 24 years.' },
    AGE_25_34: { description: '25 to 34 years.' },
    AGE_35_44: { description: '35 to 44 years.' },
    AGE_45_54: { description: '45 to 54 years.' },
    AGE_55_64: { description: '55 to 64 years.' },
    AGE_65_PLUS: { description: '65 years or more.' },
  },
});

export enum WashingtonGroupAnswer {
  NO_DIFFICULTY = 'NO_DIFFICULTY',
  SOME_DIFFICULTY = 'SOME_DIFFICULTY',
  A_LOT_OF_DIFFICULTY = 'A_LOT_OF_DIFFICULTY',
  CANNOT_DO_AT_ALL = 'CANNOT_DO_AT_ALL',
}
registerEnumType(WashingtonGroupAnswer, {
  name: 'WashingtonGroupAnswer',
  description: 'An answer to a question of the Washington Group Short Set on Functioning.',
  valuesConfig: {
    NO_DIFFICULTY: { description: 'No difficulty.' },
    SOME_DIFFICULTY: { description: 'Some difficulty.' },
    A_LOT_OF_DIFFICULTY: { description: 'A lot of difficulty.' },
    CANNOT_DO_AT_ALL: { description: 'Cannot do at all.' },
  },
});

export { DISAGGREGATION_CONSENT_PURPOSE, DISAGGREGATION_CONSENT_VERSION } from './disaggregation.consent.js';

@InputType({
  description:
    'Optional answers for disaggregated statistics, kept only with the consent (sensitive data, Jordan PDPL 2023).',
})
export class TrainingDisaggregationInput {
  @Field(() => Boolean, {
    description: 'The person agrees to the consent text (TrainingDisaggregationConsentText) for these answers.',
  })
  consent!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The version of the consent text shown (trainingDisaggregationConsentText.version).',
  })
  @IsOptional()
  @MaxLength(50)
  consentTextVersion?: string | null;

  @Field(() => TrainingSex, { nullable: true, description: 'Sex.' })
  sex?: TrainingSex | null;

  @Field(() => TrainingAgeBand, { nullable: true, description: 'Age band.' })
  ageBand?: TrainingAgeBand | null;

  @Field(() => WashingtonGroupAnswer, { nullable: true, description: 'Difficulty seeing, even if wearing glasses.' })
  seeing?: WashingtonGroupAnswer | null;

  @Field(() => WashingtonGroupAnswer, {
    nullable: true,
    description: 'Difficulty hearing, even if using a hearing aid.',
  })
  hearing?: WashingtonGroupAnswer | null;

  @Field(() => WashingtonGroupAnswer, { nullable: true, description: 'Difficulty walking or climbing steps.' })
  walking?: WashingtonGroupAnswer | null;

  @Field(() => WashingtonGroupAnswer, { nullable: true, description: 'Difficulty remembering or concentrating.' })
  cognition?: WashingtonGroupAnswer | null;

  @Field(() => WashingtonGroupAnswer, {
    nullable: true,
    description: 'Difficulty with self-care, such as washing all over or dressing.',
  })
  selfCare?: WashingtonGroupAnswer | null;

  @Field(() => WashingtonGroupAnswer, {
    nullable: true,
    description: 'Using your usual language, difficulty communicating, for example understanding or being understood.',
  })
  communication?: WashingtonGroupAnswer | null;
}

@ObjectType({ description: 'The consent under which disaggregation answers are kept, and its withdrawal.' })
export class TrainingDisaggregationConsent {
  @Field(() => String, { description: 'What the answers are used for.' })
  purpose!: string;

  @Field(() => String, { description: 'The version of the consent text agreed to.' })
  textVersion!: string;

  @Field(() => GraphQLDateTime, { description: 'When consent was given.' })
  consentedAt!: Date;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When it was withdrawn (the answers were erased then); null while in force.',
  })
  withdrawnAt!: Date | null;
}

@ObjectType({
  description:
    "A participant's disaggregation answers (sensitive personal data: programme officers only, never public).",
})
export class TrainingDisaggregation {
  @Field(() => TrainingSex, { nullable: true, description: 'Sex; null when not given.' })
  sex!: TrainingSex | null;

  @Field(() => TrainingAgeBand, { nullable: true, description: 'Age band; null when not given.' })
  ageBand!: TrainingAgeBand | null;

  @Field(() => WashingtonGroupAnswer, { nullable: true, description: 'Seeing.' })
  seeing!: WashingtonGroupAnswer | null;

  @Field(() => WashingtonGroupAnswer, { nullable: true, description: 'Hearing.' })
  hearing!: WashingtonGroupAnswer | null;

  @Field(() => WashingtonGroupAnswer, { nullable: true, description: 'Walking or climbing steps.' })
  walking!: WashingtonGroupAnswer | null;

  @Field(() => WashingtonGroupAnswer, { nullable: true, description: 'Remembering or concentrating.' })
  cognition!: WashingtonGroupAnswer | null;

  @Field(() => WashingtonGroupAnswer, { nullable: true, description: 'Self-care.' })
  selfCare!: WashingtonGroupAnswer | null;

  @Field(() => WashingtonGroupAnswer, { nullable: true, description: 'Communicating.' })
  communication!: WashingtonGroupAnswer | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Disability by the Washington Group cut-off: at least one domain "a lot of difficulty" or "cannot do at all"; null when no domain was answered.',
  })
  disability!: boolean | null;
}

@ObjectType({ description: "A participant's pre- and post-test scores and the learning gain between them." })
export class TrainingScores {
  @Field(() => Int, { nullable: true, description: 'Pre-test score (0 to 100); null when not recorded.' })
  preTest!: number | null;

  @Field(() => Int, { nullable: true, description: 'Post-test score (0 to 100); null when not recorded.' })
  postTest!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Post-test minus pre-test (from -100 to 100); null unless both are recorded.',
  })
  learningGain!: number | null;
}

@ObjectType({ description: "A session's learning gain: the mean of its participants' gains." })
export class TrainingLearningGain {
  @Field(() => Float, { nullable: true, description: 'Mean gain in points; null when no participant has both scores.' })
  mean!: number | null;

  @Field(() => Int, { description: 'Participants with both scores (the mean is over them).' })
  n!: number;
}

@ObjectType({ description: 'The consent text the registration form shows, in Arabic and English, and its version.' })
export class TrainingDisaggregationConsentText {
  @Field(() => String, { description: 'The version to send back as consentTextVersion.' })
  version!: string;

  @Field(() => String, { description: 'What the answers are used for (recorded with the consent).' })
  purpose!: string;
}
