import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { TrainingAgeBand, TrainingSex } from './disaggregation.type.js';

export enum TrainingParticipationDimension {
  SEX = 'SEX',
  AGE_BAND = 'AGE_BAND',
  DISABILITY = 'DISABILITY',
  GOVERNORATE = 'GOVERNORATE',
  ORGANIZATION = 'ORGANIZATION',
}
registerEnumType(TrainingParticipationDimension, {
  name: 'TrainingParticipationDimension',
  description: 'What to break the participation counts down by.',
  valuesConfig: {
    SEX: { description: 'Sex (consented answers only; the others are "not stated").' },
    AGE_BAND: { description: 'Age band (consented answers only).' },
    DISABILITY: { description: 'Disability by the Washington Group cut-off (consented answers only).' },
    GOVERNORATE: { description: 'The governorate of the organisation registered for (none for public officials).' },
    ORGANIZATION: { description: 'The organisation registered for (none for public officials).' },
  },
});

@InputType({ description: 'Which participations to count.' })
export class TrainingParticipationFilter {
  @Field(() => ID, { nullable: true, description: 'Sessions of this course (TrainingCourse.id).' })
  @IsOptional()
  @MaxLength(200)
  courseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'This session only (TrainingSession.id).' })
  @IsOptional()
  @MaxLength(200)
  sessionId?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Sessions starting at or after this moment.' })
  startsFrom?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Sessions starting before this moment.' })
  startsBefore?: Date | null;
}

@ObjectType({
  description: 'A count that may be withheld: null with `suppressed` when publishing it could identify people.',
})
export class TrainingSuppressibleCount {
  @Field(() => Int, { nullable: true, description: 'The count; null when suppressed.' })
  value!: number | null;

  @Field(() => Boolean, {
    description: 'Withheld: under 5, or withheld with one under 5 so that totals do not give it away.',
  })
  suppressed!: boolean;
}

@ObjectType({ description: 'Participation counts: confirmed participants, those who attended, those who completed.' })
export class TrainingParticipationCounts {
  @Field(() => TrainingSuppressibleCount, { description: 'Confirmed participants (registrations with a seat).' })
  confirmed!: TrainingSuppressibleCount;

  @Field(() => TrainingSuppressibleCount, { description: 'Of them, those present at least one day.' })
  attended!: TrainingSuppressibleCount;

  @Field(() => TrainingSuppressibleCount, {
    description: "Of them, those who completed (the course's share of days and its post-test pass mark, if any).",
  })
  completed!: TrainingSuppressibleCount;
}

@ObjectType({ description: 'One cell of the table: the values of the dimensions asked for, and its counts.' })
export class TrainingParticipationCell {
  @Field(() => TrainingSex, { nullable: true, description: 'Sex; null when not stated (or not asked for).' })
  sex!: TrainingSex | null;

  @Field(() => TrainingAgeBand, { nullable: true, description: 'Age band; null when not stated.' })
  ageBand!: TrainingAgeBand | null;

  @Field(() => Boolean, { nullable: true, description: 'Disability (Washington Group cut-off); null when not stated.' })
  disability!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Governorate code; null for public officials.' })
  governorateCode!: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation (Organization.id); null for public officials.' })
  organizationId!: string | null;

  @Field(() => String, { nullable: true, description: "The organisation's name (Arabic, else English)." })
  organizationName!: string | null;

  @Field(() => TrainingParticipationCounts, { description: 'The counts of the cell.' })
  counts!: TrainingParticipationCounts;
}

@ObjectType({
  description:
    'Participation in training broken down by the dimensions asked for, each cell under 5 suppressed with complementary suppression. Counts are of participations (a person in two sessions counts twice).',
})
export class TrainingParticipationReport {
  @Field(() => [TrainingParticipationDimension], { description: 'The dimensions of the cells, in the order asked.' })
  by!: TrainingParticipationDimension[];

  @Field(() => [TrainingParticipationCell], { description: 'The cells with at least one confirmed participant.' })
  cells!: TrainingParticipationCell[];

  @Field(() => TrainingParticipationCounts, { description: 'The totals over every cell (suppressed when under 5).' })
  total!: TrainingParticipationCounts;

  @Field(() => Int, { description: 'The threshold: counts under it are suppressed.' })
  threshold!: number;
}
