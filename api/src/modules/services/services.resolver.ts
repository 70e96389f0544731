import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { BadUserInputError } from '../../common/errors/api-errors.js';
import { pageInfoOf } from '../../common/pagination/connection.type.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import { fromGlobalId, isUuid } from '../../common/relay/global-id.js';
import type { GraphQLContext } from '../../context.js';
import {
  Governorate,
  Organization,
  TargetGroup,
  cachedCodeLists,
  directoryLoaders,
  toGovernorate,
  toNamed,
  toOrganization,
} from '../directory/index.js';
import { ServiceConnection, ServiceEdge, ServiceFacets } from './services.connection.js';
import { ServiceAccessibility, ServiceDelivery, ServiceFee, ServiceLanguage } from './services.enums.js';
import { ServiceLocationEntity } from './services.entities.js';
import { ServiceFilter } from './services.filters.js';
import { cachedServiceCategories, servicesLoaders } from './services.loaders.js';
import { ServiceSearchRepository, type ServiceSearchFilter, type ServiceStats } from './services.search.js';
import {
  Service,
  ServiceCategory,
  ServiceHours,
  ServiceLocation,
  toHours,
  toLocation,
  toService,
} from './services.type.js';

const SEARCH_MAX_LENGTH = 200;

/** For `node(id)` and `service(id)`: services are public. */
export async function serviceByKey(ctx: GraphQLContext, key: string): Promise<Service | null> {
  if (!isUuid(key)) return null;
  const row = await ctx.loaders.of(servicesLoaders).serviceById.load(key);
  return row ? toService(row) : null;
}

export async function serviceLocationByKey(ctx: GraphQLContext, key: string): Promise<ServiceLocation | null> {
  if (!isUuid(key)) return null;
  const row = await ctx.em.findOne(ServiceLocationEntity, { id: key });
  if (!row) return null;
  const governorate = (await cachedCodeLists(ctx.em)).governorates.get(row.governorateCode)!;
  return toLocation(row, toGovernorate(governorate));
}

/** Amman's weekday (1 Monday … 7 Sunday) and minutes since midnight at `at`. */
export function ammanClock(at: Date): { weekday: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Amman',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  return { weekday, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

function toSearchFilter(
  filter: ServiceFilter | null | undefined,
  search: string | null | undefined,
): ServiceSearchFilter {
  const f = filter ?? {};
  return {
    search,
    categories: f.categories,
    targetGroups: f.targetGroups,
    governorates: f.governorates,
    delivery: f.delivery,
    accessibility: f.accessibility,
    languages: f.languages,
    fees: f.fees,
    openAt: f.openAt ?? (f.openNow ? new Date() : null),
    near: f.near ? { latitude: f.near.latitude, longitude: f.near.longitude, withinKm: f.near.withinKm ?? 25 } : null,
  };
}

@Resolver()
export class ServicesQueryResolver {
  @Query(() => ServiceConnection, {
    description:
      'Community and social protection services, searchable in Arabic and English (spelling variants of hamza, alef and ta marbuta match), with facets. Public.',
  })
  async services(
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Arg('search', () => String, { nullable: true, description: 'Words of the name or description.' })
    search: string | null | undefined,
    @Arg('filter', () => ServiceFilter, { nullable: true, description: 'Narrow the list.' })
    filter: ServiceFilter | null | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceConnection> {
    if (search && search.length > SEARCH_MAX_LENGTH) {
      throw new BadUserInputError('search', `at most ${SEARCH_MAX_LENGTH} characters`);
    }
    const page = pageRequest(pagination);
    const searchFilter = toSearchFilter(filter, search);
    const result = await new ServiceSearchRepository(ctx.em).page(searchFilter, page);
    const loaders = ctx.loaders.of(servicesLoaders);
    const rows = await Promise.all(result.hits.map((hit) => loaders.serviceById.load(hit.id)));
    const edges = result.hits.flatMap((hit, i) => {
      const row = rows[i];
      return row
        ? [Object.assign(new ServiceEdge(), { cursor: hit.cursor, node: toService(row), distanceKm: hit.distanceKm })]
        : [];
    });
    return Object.assign(new ServiceConnection(), {
      edges,
      pageInfo: pageInfoOf(edges, page, page.direction === 'forward' ? result.hasNextPage : result.hasPreviousPage),
      filter: searchFilter,
    });
  }

  @Query(() => Service, {
    nullable: true,
    description: 'One service by its global id; null when there is none. Public.',
  })
  async service(
    @Arg('id', () => ID, { description: 'Global id of the service.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Service | null> {
    const parsed = fromGlobalId(id);
    if (parsed?.type !== 'Service') throw new BadUserInputError('id', 'is not the id of a service');
    return serviceByKey(ctx, parsed.key);
  }

  @Query(() => [ServiceCategory], { description: 'The services taxonomy, in its order. Public.' })
  async serviceCategories(@Ctx() ctx: GraphQLContext): Promise<ServiceCategory[]> {
    return [...(await cachedServiceCategories(ctx.em)).values()].map(toNamed);
  }
}

function stats(connection: ServiceConnection, ctx: GraphQLContext): Promise<ServiceStats> {
  connection.stats ??= new ServiceSearchRepository(ctx.em).stats(connection.filter);
  return connection.stats;
}

const counted = <T extends string>(values: readonly T[], counts: Map<string, number>) =>
  values.map((value) => ({ value, count: counts.get(value) ?? 0 }));

@Resolver(() => ServiceConnection)
export class ServiceConnectionResolver {
  @FieldResolver(() => Int)
  async totalCount(@Root() connection: ServiceConnection, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await stats(connection, ctx)).total;
  }

  @FieldResolver(() => ServiceFacets)
  async facets(@Root() connection: ServiceConnection, @Ctx() ctx: GraphQLContext): Promise<ServiceFacets> {
    const { facets } = await stats(connection, ctx);
    const lists = await cachedCodeLists(ctx.em);
    const categories = await cachedServiceCategories(ctx.em);
    return {
      categories: [...categories.values()].map((row) => ({
        value: toNamed(row),
        count: facets.categories.get(row.code) ?? 0,
      })),
      targetGroups: [...lists.targetGroups.values()].map((row) => ({
        value: toNamed(row),
        count: facets.targetGroups.get(row.code) ?? 0,
      })),
      governorates: [...lists.governorates.values()].map((row) => ({
        value: toGovernorate(row),
        count: facets.governorates.get(row.code) ?? 0,
      })),
      delivery: counted(Object.values(ServiceDelivery), facets.delivery),
      accessibility: counted(Object.values(ServiceAccessibility), facets.accessibility),
      languages: counted(Object.values(ServiceLanguage), facets.languages),
      fees: counted(Object.values(ServiceFee), facets.fees),
    };
  }
}

@Resolver(() => Service)
export class ServiceResolver {
  @FieldResolver(() => Organization, { description: 'The organisation that offers it.' })
  async organization(@Root() service: Service, @Ctx() ctx: GraphQLContext): Promise<Organization> {
    const record = await ctx.loaders.of(directoryLoaders).recordById.load(service.row.organizationId);
    return toOrganization(record!);
  }

  @FieldResolver(() => ServiceCategory, { description: 'Its category in the services taxonomy.' })
  async category(@Root() service: Service, @Ctx() ctx: GraphQLContext): Promise<ServiceCategory> {
    return toNamed((await cachedServiceCategories(ctx.em)).get(service.row.categoryCode)!);
  }

  @FieldResolver(() => [TargetGroup], { description: 'Who it is for.' })
  async targetGroups(@Root() service: Service, @Ctx() ctx: GraphQLContext): Promise<TargetGroup[]> {
    const lists = await cachedCodeLists(ctx.em);
    return service.row.targetGroups.flatMap((code) => {
      const row = lists.targetGroups.get(code);
      return row ? [toNamed(row)] : [];
    });
  }

  @FieldResolver(() => [ServiceLocation], { description: 'Where it is given or run from, oldest first.' })
  async locations(@Root() service: Service, @Ctx() ctx: GraphQLContext): Promise<ServiceLocation[]> {
    const rows = await ctx.loaders.of(servicesLoaders).locationsByServiceId.load(service.uuid);
    const lists = await cachedCodeLists(ctx.em);
    return rows.map((row) => toLocation(row, toGovernorate(lists.governorates.get(row.governorateCode)!)));
  }

  @FieldResolver(() => [Governorate], { description: 'The governorates of its locations.' })
  async governorates(@Root() service: Service, @Ctx() ctx: GraphQLContext): Promise<Governorate[]> {
    const lists = await cachedCodeLists(ctx.em);
    return [...lists.governorates.values()]
      .filter((g) => service.row.governorateCodes.includes(g.code))
      .map(toGovernorate);
  }

  @FieldResolver(() => [ServiceHours], { description: 'Weekly opening hours (Amman time), by weekday.' })
  async hours(@Root() service: Service, @Ctx() ctx: GraphQLContext): Promise<ServiceHours[]> {
    return (await ctx.loaders.of(servicesLoaders).hoursByServiceId.load(service.uuid)).map(toHours);
  }

  @FieldResolver(() => Boolean, { description: 'Whether it is open now by its weekly hours (Amman time).' })
  async openNow(@Root() service: Service, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    const { weekday, minutes } = ammanClock(new Date());
    const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
    return (await ctx.loaders.of(servicesLoaders).hoursByServiceId.load(service.uuid)).some(
      (h) => h.weekday === weekday && toMinutes(h.opensAt) <= minutes && minutes < toMinutes(h.closesAt),
    );
  }
}

@Resolver(() => Organization)
export class OrganizationServicesResolver {
  @FieldResolver(() => [Service], { description: 'The services the organisation offers, by name. Public.' })
  async services(@Root() organization: Organization, @Ctx() ctx: GraphQLContext): Promise<Service[]> {
    const rows = await ctx.loaders.of(servicesLoaders).servicesByOrganizationId.load(organization.uuid);
    return rows.map((row) => toService(row));
  }
}
