/**
 * The GraphQL face of screening: the list's status and an application's hits, for officers only (hits name key
 * people of applicants: personal data, never public).
 */
import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  Float,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import { globalUuid, toGlobalId } from '../../../common/relay/global-id.js';
import type { GraphQLContext } from '../../../context.js';
import { sqlRows } from '../../../database/sql.js';
import { GRANT_OFFICERS } from '../grants.resolver.js';
import { SCREENING_THRESHOLD } from './name-keys.js';

export enum GrantScreeningHitStatus {
  POTENTIAL = 'POTENTIAL',
  CONFIRMED = 'CONFIRMED',
  DISMISSED = 'DISMISSED',
}
registerEnumType(GrantScreeningHitStatus, {
  name: 'GrantScreeningHitStatus',
  description: 'Where a screening hit stands.',
  valuesConfig: {
    POTENTIAL: { description: 'Found by the matching: an officer confirms or dismisses it.' },
    CONFIRMED: { description: 'Confirmed by an officer: the application is ineligible.' },
    DISMISSED: { description: 'Dismissed by an officer (remembered while the entry stays the same).' },
  },
});

export enum GrantScreeningSubjectKind {
  ORGANIZATION = 'ORGANIZATION',
  PERSON = 'PERSON',
}
registerEnumType(GrantScreeningSubjectKind, {
  name: 'GrantScreeningSubjectKind',
  description: 'What was screened.',
  valuesConfig: {
    ORGANIZATION: { description: "An applicant organisation's name or acronym." },
    PERSON: { description: "A person named in an applicant organisation's contacts." },
  },
});

export enum GrantScreeningDecision {
  CONFIRM = 'CONFIRM',
  DISMISS = 'DISMISS',
}
registerEnumType(GrantScreeningDecision, {
  name: 'GrantScreeningDecision',
  description: "An officer's decision on a potential hit.",
  valuesConfig: {
    CONFIRM: { description: 'The subject is the listed entity: the application becomes ineligible.' },
    DISMISS: {
      description: 'Not the listed entity: not raised again for this subject and entry while it is unchanged.',
    },
  },
});

@ObjectType({ description: 'The imported restrictive-measures list.' })
export class GrantScreeningList {
  @Field(() => String, { description: 'Where it came from (the file name given at import).' })
  source!: string;

  @Field(() => GraphQLDate, { nullable: true, description: "The list's publication date, as the file states it." })
  publishedOn!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When it was imported.' })
  importedAt!: Date;

  @Field(() => Int, { description: 'How many listed entities it holds.' })
  entryCount!: number;

  @Field(() => Float, { description: 'The similarity (0..1) from which a name is a potential hit.' })
  threshold!: number;
}

@ObjectType({ description: 'A name of an applicant that resembles a listed entity.' })
export class GrantScreeningHit {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => GrantScreeningSubjectKind, { description: 'An organisation name or a person.' })
  subjectKind!: GrantScreeningSubjectKind;

  @Field(() => String, { description: 'The name screened.' })
  subjectName!: string;

  @Field(() => ID, { nullable: true, description: 'Organization.id of the applicant the name belongs to.' })
  organizationId!: string | null;

  @Field(() => String, { description: "The listed entity's logical id in the list." })
  entryLogicalId!: string;

  @Field(() => String, { description: "The listed entity's name or alias that matched." })
  matchedName!: string;

  @Field(() => [String], { description: "All the listed entity's names and aliases." })
  entryNames!: string[];

  @Field(() => Float, { description: 'Similarity of the name keys, 0..1.' })
  score!: number;

  @Field(() => GrantScreeningHitStatus, { description: 'Potential, confirmed or dismissed.' })
  status!: GrantScreeningHitStatus;

  @Field(() => String, { nullable: true, description: "The officer's reason (confirmed or dismissed)." })
  reason!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was decided.' })
  decidedAt!: Date | null;

  @Field(() => GraphQLDateTime, { description: 'When the matching found it.' })
  foundAt!: Date;
}

interface HitRow {
  id: string;
  subject_kind: GrantScreeningSubjectKind;
  subject_name: string;
  organization_id: string | null;
  entry_logical_id: string;
  matched_name: string;
  names: string[] | null;
  score: number;
  status: GrantScreeningHitStatus;
  reason: string | null;
  decided_at: Date | null;
  found_at: Date;
}

export async function hitsOf(ctx: GraphQLContext, where: string, bindings: unknown[]): Promise<GrantScreeningHit[]> {
  const rows = await sqlRows<HitRow>(
    ctx.em,
    `select h.*, e.names from grant_screening_hit h left join grant_screening_entry e on e.logical_id = h.entry_logical_id
     where ${where} order by h.status <> 'POTENTIAL', h.score desc, h.id`,
    bindings,
  );
  return rows.map((r) => ({
    id: toGlobalId('GrantScreeningHit', r.id),
    subjectKind: r.subject_kind,
    subjectName: r.subject_name,
    organizationId: r.organization_id ? toGlobalId('Organization', r.organization_id) : null,
    entryLogicalId: r.entry_logical_id,
    matchedName: r.matched_name,
    entryNames: r.names ?? [r.matched_name],
    score: Math.round(r.score * 1000) / 1000,
    status: r.status,
    reason: r.reason,
    decidedAt: r.decided_at ? new Date(r.decided_at) : null,
    foundAt: new Date(r.found_at),
  }));
}

export async function screeningList(ctx: GraphQLContext): Promise<GrantScreeningList | null> {
  const [row] = await sqlRows<{
    source: string;
    published_on: string | Date | null;
    imported_at: Date;
    entry_count: number;
  }>(
    ctx.em,
    'select source, published_on::text as published_on, imported_at, entry_count from grant_screening_list where id = 1',
  );
  if (!row) return null;
  return {
    source: row.source,
    publishedOn: row.published_on ? String(row.published_on) : null,
    importedAt: new Date(row.imported_at),
    entryCount: row.entry_count,
    threshold: SCREENING_THRESHOLD,
  };
}

@Resolver()
export class GrantScreeningQueryResolver {
  @Authorized(...GRANT_OFFICERS)
  @Query(() => GrantScreeningList, {
    nullable: true,
    description:
      'The imported restrictive-measures list: its publication date and import time (officers; null before the first import).',
  })
  async grantScreeningList(@Ctx() ctx: GraphQLContext): Promise<GrantScreeningList | null> {
    return screeningList(ctx);
  }

  @Authorized(...GRANT_OFFICERS)
  @Query(() => [GrantScreeningHit], {
    description: "An application's screening hits, potential first (officers: they name applicants' key people).",
  })
  async grantApplicationScreening(
    @Arg('applicationId', () => ID, { description: 'GrantApplication.id.' }) applicationId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantScreeningHit[]> {
    const uuid = globalUuid('GrantApplication', applicationId, 'applicationId', 'an application');
    return hitsOf(ctx, 'h.application_id = ?', [uuid]);
  }
}
