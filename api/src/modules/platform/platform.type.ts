import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { LocalizedText } from '../../common/i18n/localized-text.type.js';

@ObjectType({ description: "The state of the platform's database, as seen by this API instance." })
export class DatabaseStatus {
  @Field(() => Boolean, { description: 'Whether the database answered this request.' })
  reachable!: boolean;

  @Field(() => Int, { description: 'Number of schema migrations applied to the database.' })
  migrationsApplied!: number;

  @Field(() => Int, {
    description: 'Number of migrations this API version knows and the database lacks (0 when up to date).',
  })
  migrationsPending!: number;
}

@ObjectType({ description: 'Facts about the Shabaka platform and this API instance.' })
export class Platform {
  @Field(() => LocalizedText, { description: "The platform's name." })
  name!: LocalizedText;

  @Field(() => LocalizedText, { description: 'One sentence on what the platform is for.' })
  tagline!: LocalizedText;

  @Field(() => String, { description: 'Version of the API (semantic versioning).' })
  version!: string;

  @Field(() => String, {
    description: 'IANA time zone in which the platform shows times (all times are stored in UTC).',
  })
  timeZone!: string;

  @Field(() => GraphQLDateTime, { description: "The server's current time (UTC, ISO 8601)." })
  serverTime!: Date;

  @Field(() => DatabaseStatus, { description: 'State of the database.' })
  database!: DatabaseStatus;
}
