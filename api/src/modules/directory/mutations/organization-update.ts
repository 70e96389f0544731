import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { recordAudit } from '../../../common/audit/audit.js';
import type { GraphQLContext } from '../../../context.js';
import { knexRows } from '../../../database/sql.js';
import { DirectoryError, DirectoryErrorCode, directoryError } from '../directory.errors.js';
import { organizationUuid } from '../organization-id.js';
import { toOrganization } from '../organization.mapper.js';
import { Organization } from '../organization.type.js';
import { directoryLoaders } from '../organization.loaders.js';

@InputType({
  description:
    'The input of `organizationUpdate`. A field left out keeps its value; null (or an empty text) clears it; a list replaces the whole list.',
})
export class OrganizationUpdateInput {
  @Field(() => ID, { description: 'Id of the organisation (Organization.id).' })
  @MaxLength(200)
  organizationId!: string;

  @Field(() => String, { nullable: true, description: 'Name in Arabic.' })
  @IsOptional()
  @MaxLength(300)
  nameAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  @IsOptional()
  @MaxLength(300)
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Short name, e.g. "JWU".' })
  @IsOptional()
  @MaxLength(30)
  acronym?: string | null;

  @Field(() => String, { nullable: true, description: 'Mission in Arabic.' })
  @IsOptional()
  @MaxLength(4000)
  missionAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Mission in English.' })
  @IsOptional()
  @MaxLength(4000)
  missionEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Street address in Arabic.' })
  @IsOptional()
  @MaxLength(500)
  addressAr?: string | null;

  @Field(() => String, { nullable: true, description: 'Street address in English.' })
  @IsOptional()
  @MaxLength(500)
  addressEn?: string | null;

  @Field(() => String, { nullable: true, description: 'District (liwa) within the governorate.' })
  @IsOptional()
  @MaxLength(100)
  district?: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of registration, 1900 to this year.' })
  @IsOptional()
  foundingYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Website, an http or https URL.' })
  @IsOptional()
  @MaxLength(300)
  website?: string | null;

  @Field(() => Int, { nullable: true, description: 'Paid staff, 0 or more.' })
  @IsOptional()
  staffCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'Volunteers, 0 or more.' })
  @IsOptional()
  volunteerCount?: number | null;

  @Field(() => [String], { nullable: true, description: 'Target group codes (see `targetGroups`), the whole list.' })
  @IsOptional()
  @ArrayMaxSize(20)
  targetGroups?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Sector codes (see `sectors`), the whole list.' })
  @IsOptional()
  @ArrayMaxSize(20)
  sectors?: string[] | null;
}

@ObjectType({
  description: 'The result of `organizationUpdate`: what changed, or the userErrors that say why nothing did.',
})
export class OrganizationUpdatePayload {
  @Field(() => Organization, { nullable: true, description: 'The organisation as it is now.' })
  organization!: Organization | null;

  @Field(() => [DirectoryError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: DirectoryError[];
}

const TEXT_COLUMNS = {
  nameAr: 'name_ar',
  nameEn: 'name_en',
  acronym: 'acronym',
  missionAr: 'mission_ar',
  missionEn: 'mission_en',
  addressAr: 'address_ar',
  addressEn: 'address_en',
  district: 'district',
  website: 'website',
} as const;
const COUNT_COLUMNS = { staffCount: 'staff_count', volunteerCount: 'volunteer_count' } as const;

/** Checks every field first (all errors at once, so a form can mark each), then the columns to set. */
function planUpdate(
  input: OrganizationUpdateInput,
  lists: { targetGroups: Map<string, unknown>; sectors: Map<string, unknown> },
  currentYear: number,
): { errors: DirectoryError[]; columns: Record<string, string | number | null> } {
  const errors: DirectoryError[] = [];
  const columns: Record<string, string | number | null> = {};
  for (const [key, column] of Object.entries(TEXT_COLUMNS) as [keyof typeof TEXT_COLUMNS, string][]) {
    const value = input[key];
    if (value !== undefined) columns[column] = value?.trim() || null;
  }
  const website = columns.website;
  if (typeof website === 'string') {
    let url: URL | undefined;
    try {
      url = new URL(website);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      errors.push(
        directoryError(DirectoryErrorCode.INVALID_VALUE, 'must be a web address starting with https://', 'website'),
      );
    }
  }
  if (input.foundingYear !== undefined) {
    const year = input.foundingYear;
    if (year !== null && (year < 1900 || year > currentYear)) {
      errors.push(
        directoryError(DirectoryErrorCode.INVALID_VALUE, `must be from 1900 to ${currentYear}`, 'foundingYear'),
      );
    }
    columns.founding_year = year;
  }
  for (const [key, column] of Object.entries(COUNT_COLUMNS) as [keyof typeof COUNT_COLUMNS, string][]) {
    const value = input[key];
    if (value === undefined) continue;
    if (value !== null && (value < 0 || value > 1_000_000)) {
      errors.push(directoryError(DirectoryErrorCode.INVALID_VALUE, 'must be from 0 to 1,000,000', key));
    }
    columns[column] = value;
  }
  for (const key of ['targetGroups', 'sectors'] as const) {
    const unknown = (input[key] ?? []).filter((code) => !lists[key].has(code));
    if (unknown.length > 0) {
      errors.push(
        directoryError(
          DirectoryErrorCode.UNKNOWN_CODE,
          `unknown codes ${unknown.join(', ')}; expected some of ${[...lists[key].keys()].join(', ')}`,
          key,
        ),
      );
    }
  }
  return { errors, columns };
}

@Resolver()
export class OrganizationUpdateResolver {
  @Authorized('ORGANIZATION_EDITOR')
  @Mutation(() => OrganizationUpdatePayload, {
    description:
      "Edits an organisation's public profile (names, mission, address, figures, target groups, sectors); owners and editors only. Its verification state does not change.",
  })
  async organizationUpdate(
    @Arg('input', () => OrganizationUpdateInput, { description: 'What to change (see OrganizationUpdateInput).' })
    input: OrganizationUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationUpdatePayload> {
    const organizationId = organizationUuid(input.organizationId, 'input.organizationId');
    const lists = await ctx.loaders.of(directoryLoaders).codeLists();
    const { errors, columns } = planUpdate(input, lists, new Date().getUTCFullYear());
    if (errors.length > 0) return { organization: null, userErrors: errors };
    const outcome = await ctx.em.getKnex().transaction(async (trx) => {
      const [current] = await knexRows<{ name_ar: string | null; name_en: string | null }>(
        trx,
        'select name_ar, name_en from organization where id = ? for update',
        [organizationId],
      );
      if (!current) return 'missing' as const;
      const nameAr = 'name_ar' in columns ? columns.name_ar : current.name_ar;
      const nameEn = 'name_en' in columns ? columns.name_en : current.name_en;
      if (!nameAr && !nameEn) return 'nameless' as const;
      const names = Object.keys(columns);
      if (names.length > 0) {
        await knexRows(
          trx,
          `update organization set ${names.map((name) => `${name} = ?`).join(', ')}, updated_at = now() where id = ?`,
          [...Object.values(columns), organizationId],
        );
      } else if (input.targetGroups != null || input.sectors != null) {
        await knexRows(trx, 'update organization set updated_at = now() where id = ?', [organizationId]);
      }
      for (const [key, table, column] of [
        ['targetGroups', 'organization_target_group', 'target_group_code'],
        ['sectors', 'organization_sector', 'sector_code'],
      ] as const) {
        const codes = input[key];
        if (codes === undefined) continue;
        await knexRows(trx, `delete from ${table} where organization_id = ?`, [organizationId]);
        const unique = [...new Set(codes ?? [])];
        if (unique.length > 0) {
          await trx(table).insert(unique.map((code) => ({ organization_id: organizationId, [column]: code })));
        }
      }
      const changed = [
        ...names,
        ...(input.targetGroups !== undefined ? ['target_groups'] : []),
        ...(input.sectors !== undefined ? ['sectors'] : []),
      ];
      await recordAudit(trx, {
        actorId: ctx.viewer!.userId,
        action: 'ORGANIZATION_UPDATED',
        subjectType: 'Organization',
        subjectId: organizationId,
        to: changed.join(',') || null,
        requestId: ctx.requestId,
      });
      return 'updated' as const;
    });
    if (outcome === 'missing') {
      return {
        organization: null,
        userErrors: [directoryError(DirectoryErrorCode.NOT_FOUND, 'no such organisation', 'organizationId')],
      };
    }
    if (outcome === 'nameless') {
      return {
        organization: null,
        userErrors: [directoryError(DirectoryErrorCode.NAME_REQUIRED, 'keep a name in Arabic or English', 'nameAr')],
      };
    }
    ctx.loaders.of(directoryLoaders).recordById.clear(organizationId);
    const record = await ctx.loaders.of(directoryLoaders).recordById.load(organizationId);
    return { organization: record ? toOrganization(record) : null, userErrors: [] };
  }
}
