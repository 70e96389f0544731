import { GraphQLDateTime } from 'graphql-scalars';
import { Node } from '../../common/relay/node.interface.js';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../../common/i18n/localized-text.type.js';
import { Connection } from '../../common/pagination/connection.type.js';
import { ResultsDimension, ResultsIndicatorUnit } from './indicator.definition.js';

registerEnumType(ResultsIndicatorUnit, {
  name: 'ResultsIndicatorUnit',
  description: 'What an indicator counts.',
  valuesConfig: {
    ORGANIZATIONS: { description: 'Organisations, each counted once.' },
    SESSIONS: { description: 'Training sessions.' },
    PARTICIPANTS: { description: 'Training participants (registrations present on at least one day).' },
    PARTNERSHIPS: { description: 'Partnerships.' },
    APPLICATIONS: { description: 'Grant applications.' },
  },
});
registerEnumType(ResultsDimension, {
  name: 'ResultsDimension',
  description: 'A breakdown of an indicator.',
  valuesConfig: {
    SEX: { description: "Participants' sex, where they consented to say (NOT_STATED otherwise)." },
    AUDIENCE: { description: 'CSO staff or public officials.' },
    GOVERNORATE: { description: 'The governorate (of the organisation, the session or the partnership).' },
    LOT: { description: 'The lot of a call for grant applications.' },
    SUPPORT: { description: 'How an organisation was supported (training, partnership, grant).' },
  },
});

@ObjectType({ description: 'A published count: counts of 1 to 4 are withheld as "fewer than 5" (value null).' })
export class ResultsCount {
  @Field(() => Int, { nullable: true, description: 'The count; null when suppressed.' })
  value!: number | null;

  @Field(() => Boolean, {
    description:
      'True when the count is withheld: from 1 to 4, or withheld so that such a count cannot be worked out from the totals (secondary suppression).',
  })
  suppressed!: boolean;
}

@ObjectType({ description: "An indicator's figure in one quarter (Asia/Amman)." })
export class ResultsQuarter {
  @Field(() => String, { description: 'The quarter, as 2026-Q4.' })
  quarter!: string;

  @Field(() => ResultsCount, { description: 'Records first counted in this quarter.' })
  count!: ResultsCount;

  @Field(() => ResultsCount, { description: 'Records counted up to the end of this quarter.' })
  cumulative!: ResultsCount;
}

@ObjectType({ description: 'One value of a breakdown and its count.' })
export class ResultsBreakdownCell {
  @Field(() => String, { description: 'The value: a governorate code (JO-AM), a sex, an audience, a lot id.' })
  key!: string;

  @Field(() => LocalizedText, { description: 'The value as people read it.' })
  label!: LocalizedText;

  @Field(() => ResultsCount, { description: 'Records with this value (a record may count under several values).' })
  count!: ResultsCount;
}

@ObjectType({ description: 'An indicator broken down by one dimension, largest first.' })
export class ResultsBreakdown {
  @Field(() => ResultsDimension, { description: 'The dimension.' })
  dimension!: ResultsDimension;

  @Field(() => [ResultsBreakdownCell], { description: 'Its values with records.' })
  cells!: ResultsBreakdownCell[];
}

@ObjectType({
  description:
    "An indicator of the programme's results framework, computed from the platform's records (never typed in).",
})
export class ResultsIndicator {
  @Field(() => String, { description: 'Stable code, as CSOS_SUPPORTED.' })
  code!: string;

  @Field(() => LocalizedText, { description: 'Its name.' })
  name!: LocalizedText;

  @Field(() => LocalizedText, { description: 'What it counts, and how.' })
  definition!: LocalizedText;

  @Field(() => ResultsIndicatorUnit, { description: 'What it counts.' })
  unit!: ResultsIndicatorUnit;

  @Field(() => Int, { description: "The value at the programme's start." })
  baseline!: number;

  @Field(() => Int, { nullable: true, description: "The programme's target; null when there is none." })
  target!: number | null;

  @Field(() => ResultsCount, { description: 'The actual: every record counted so far.' })
  actual!: ResultsCount;

  @Field(() => [ResultsQuarter], {
    description: 'Per quarter, from the first quarter with any record on the dashboard to the current one.',
  })
  quarters!: ResultsQuarter[];

  @Field(() => [ResultsBreakdown], { description: 'Its breakdowns.' })
  breakdowns!: ResultsBreakdown[];
}

@ObjectType({
  implements: Node,
  description:
    'A record an indicator counts (officers): its id names the indicator and the record, and node(id) fetches it again.',
})
export class ResultsIndicatorRecord extends Node {
  @Field(() => ID, { description: 'Global id of the record (an Organization, a TrainingSession, ...).' })
  recordId!: string;

  @Field(() => String, { description: 'Its type: Organization, TrainingSession, TrainingRegistration, ...' })
  recordType!: string;

  @Field(() => LocalizedText, { description: 'What it is: a name, a course and date, a receipt number.' })
  label!: LocalizedText;

  @Field(() => GraphQLDateTime, { description: 'When it first counted (UTC).' })
  countedAt!: Date;

  @Field(() => String, { description: 'The quarter it counts in (Asia/Amman).' })
  quarter!: string;
}

const { Edge, ConnectionType } = Connection(ResultsIndicatorRecord, 'ResultsIndicatorRecord');

@ObjectType('ResultsIndicatorRecordEdge', { description: 'A record in a page.' })
export class ResultsIndicatorRecordEdge extends Edge {}

@ObjectType('ResultsIndicatorRecordConnection', { description: 'The records an indicator counts, oldest first.' })
export class ResultsIndicatorRecordConnection extends ConnectionType {
  @Field(() => [ResultsIndicatorRecordEdge], { description: 'The items of this page, in order.' })
  edges!: ResultsIndicatorRecordEdge[];

  @Field(() => Int, { description: 'Number of records (all pages): the unsuppressed figure.' })
  totalCount!: number;
}
