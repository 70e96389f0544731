import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { isOfficer } from '../../common/auth/viewer.js';
import { NotFoundError } from '../../common/errors/api-errors.js';
import { Connection } from '../../common/pagination/connection.type.js';
import { paginate } from '../../common/pagination/paginate.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import { globalUuid } from '../../common/relay/global-id.js';
import type { GraphQLContext } from '../../context.js';
import { Governorate, directoryLoaders, toGovernorate } from '../directory/index.js';
import { CareInstitutionEntity } from './deinstitutionalisation.entities.js';
import { publicFigures } from './deinstitutionalisation.figures.js';
import { deinstitutionalisationLoaders } from './deinstitutionalisation.loaders.js';
import {
  CareInstitution,
  CareInstitutionQuarter,
  DeinstitutionalisationFigures,
  toCareInstitution,
  toCareInstitutionQuarter,
} from './deinstitutionalisation.type.js';

export const OFFICER_ROLES = ['PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR'] as const;

const { Edge, ConnectionType } = Connection(CareInstitution, 'CareInstitution');

@ObjectType('CareInstitutionEdge', { description: 'A care institution in a page.' })
export class CareInstitutionEdge extends Edge {}

@ObjectType('CareInstitutionConnection', { description: 'Care institutions, newest first.' })
export class CareInstitutionConnection extends ConnectionType {
  @Field(() => [CareInstitutionEdge], { description: 'The items of this page, in order.' })
  edges!: CareInstitutionEdge[];

  @Field(() => Int, { description: 'Number of institutions (all pages).' })
  totalCount!: number;
}

/** `node(id)` for a care institution: officers only; anyone else gets null, as for an id that does not exist. */
export async function careInstitutionByKey(ctx: GraphQLContext, key: string): Promise<CareInstitution | null> {
  if (!isOfficer(ctx.viewer)) return null;
  const row = await ctx.em.findOne(CareInstitutionEntity, { id: key });
  return row ? toCareInstitution(row) : null;
}

@Resolver()
export class DeinstitutionalisationQueryResolver {
  @Query(() => DeinstitutionalisationFigures, {
    description:
      'The public deinstitutionalisation figures per governorate and quarter, with national totals: counts from 1 to 4 are suppressed ("fewer than 5"), and secondary suppression keeps them from being worked out from the totals. Also as CSV at /exports/deinstitutionalisation.csv.',
  })
  async deinstitutionalisationFigures(@Ctx() ctx: GraphQLContext): Promise<DeinstitutionalisationFigures> {
    const figures = await publicFigures(ctx.em);
    return {
      quarters: figures.quarters,
      tables: figures.tables.map(({ measure, table }) => ({
        measure,
        rows: figures.governorates.map((g, r) => ({
          governorate: toGovernorate(g),
          cells: table.cells[r]!,
          total: table.rowTotals[r]!,
        })),
        nationalTotals: table.columnTotals,
        grandTotal: table.grandTotal,
      })),
    };
  }

  @Authorized(...OFFICER_ROLES)
  @Query(() => CareInstitutionConnection, {
    description: 'Residential care institutions, newest first (officers).',
  })
  async careInstitutions(
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CareInstitutionConnection> {
    const page = await paginate(
      ctx.em,
      CareInstitutionEntity,
      {},
      {
        page: pageRequest(pagination),
        orderBy: { createdAt: 'desc', id: 'asc' },
        kind: 'care-institution',
        toNode: toCareInstitution,
      },
    );
    return Object.assign(new CareInstitutionConnection(), page);
  }

  @Authorized(...OFFICER_ROLES)
  @Query(() => CareInstitution, { description: 'One residential care institution, with its figures (officers).' })
  async careInstitution(
    @Arg('id', () => ID, { description: 'CareInstitution.id.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CareInstitution> {
    const uuid = globalUuid('CareInstitution', id, 'id', 'a care institution');
    const row = await ctx.em.findOne(CareInstitutionEntity, { id: uuid });
    if (!row) throw new NotFoundError('CareInstitution');
    return toCareInstitution(row);
  }
}

@Resolver(() => CareInstitution)
export class CareInstitutionResolver {
  @FieldResolver(() => Governorate, { description: 'Where it is.' })
  async governorate(@Root() institution: CareInstitution, @Ctx() ctx: GraphQLContext): Promise<Governorate> {
    const lists = await ctx.loaders.of(directoryLoaders).codeLists();
    return toGovernorate(lists.governorates.get(institution.governorateCode)!);
  }

  @FieldResolver(() => [CareInstitutionQuarter], {
    description: 'Its recorded quarterly figures, newest first (officers see the institution, so its figures).',
  })
  async quarters(@Root() institution: CareInstitution, @Ctx() ctx: GraphQLContext): Promise<CareInstitutionQuarter[]> {
    const rows = await ctx.loaders.of(deinstitutionalisationLoaders).quartersByInstitutionId.load(institution.uuid);
    return rows.map(toCareInstitutionQuarter);
  }
}
