import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { Viewer as Principal } from '../../common/auth/viewer.js';

export enum PlatformRole {
  REVIEWER = 'REVIEWER',
  PROGRAMME_OFFICER = 'PROGRAMME_OFFICER',
  MOSD_OFFICIAL = 'MOSD_OFFICIAL',
  ADMINISTRATOR = 'ADMINISTRATOR',
}
registerEnumType(PlatformRole, {
  name: 'PlatformRole',
  description: 'A role on the platform, beyond membership of organisations. A person can hold several.',
  valuesConfig: {
    REVIEWER: { description: 'Reviews the grant applications assigned to them.' },
    PROGRAMME_OFFICER: { description: 'Staff of the programme: verifies organisations, runs calls and trainings.' },
    MOSD_OFFICIAL: { description: 'Official of the Ministry of Social Development: verifies registrations.' },
    ADMINISTRATOR: { description: 'Manages people and roles.' },
  },
});

export enum Credential {
  SESSION = 'SESSION',
  API_TOKEN = 'API_TOKEN',
}
registerEnumType(Credential, {
  name: 'Credential',
  description: 'How the viewer proved who they are.',
  valuesConfig: {
    SESSION: { description: 'A session cookie of a signed-in browser.' },
    API_TOKEN: { description: 'A personal API token (Authorization: Bearer).' },
  },
});

export enum ApiTokenScope {
  READ_ONLY = 'READ_ONLY',
  READ_WRITE = 'READ_WRITE',
}
registerEnumType(ApiTokenScope, {
  name: 'ApiTokenScope',
  description: 'What an API token may do. No token manages sessions: that takes a signed-in browser.',
  valuesConfig: {
    READ_ONLY: { description: 'Queries only (the default).' },
    READ_WRITE: { description: 'Queries and mutations.' },
  },
});

@ObjectType({ description: 'A signed-in browser or device.' })
export class Session {
  @Field(() => ID, { description: 'Id of the session (for sessionRevoke).' })
  id!: string;

  @Field(() => GraphQLDateTime, { description: 'When it was created (UTC).' })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When it ends unless used again (it is renewed daily while in use).' })
  expiresAt!: Date;

  @Field(() => String, { nullable: true, description: 'Address it was opened from.' })
  ipAddress!: string | null;

  @Field(() => String, { nullable: true, description: 'Browser or program it was opened with.' })
  userAgent!: string | null;

  @Field(() => Boolean, { description: 'True for the session of this request.' })
  current!: boolean;
}

@ObjectType({ description: 'A personal API token (its secret is shown only once, at creation).' })
export class ApiToken {
  @Field(() => ID, { description: 'Id of the token (for apiTokenRevoke).' })
  id!: string;

  @Field(() => String, { description: 'What the token is for, as its owner named it.' })
  name!: string;

  @Field(() => String, { description: 'The first characters of the secret, to recognise it.' })
  prefix!: string;

  @Field(() => ApiTokenScope, { description: 'What it may do.' })
  scope!: ApiTokenScope;

  @Field(() => GraphQLDateTime, { description: 'When it was created (UTC).' })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Last request made with it (to the minute).' })
  lastUsedAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was revoked (UTC); null while usable.' })
  revokedAt!: Date | null;
}

@ObjectType({ description: 'The person making the request.' })
export class Viewer {
  /** Who this is, as the request established it. */
  principal!: Principal;

  @Field(() => ID, { description: 'Stable UUID of the person.' })
  uuid!: string;

  @Field(() => String, { description: "The person's name." })
  name!: string;

  @Field(() => String, { description: "The person's email address." })
  email!: string;

  @Field(() => Boolean, { description: 'Whether the address was confirmed.' })
  emailVerified!: boolean;

  @Field(() => [PlatformRole], { description: 'Platform roles held (membership roles are in memberships).' })
  roles!: PlatformRole[];

  @Field(() => Credential, { description: 'How this request was authenticated.' })
  credential!: Credential;
}
