import { type ClassType, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { toGlobalId } from '../../common/relay/global-id.js';
import type { GraphQLContext } from '../../context.js';
import { toGovernorate, toNamed } from './code-list.mapper.js';
import { Governorate, LegalForm, Sector, TargetGroup } from './code-list.type.js';
import { directoryLoaders } from './organization.loaders.js';

/** The directory's code lists: short, fixed lists (not paginated), with Arabic and English labels. */
@Resolver()
export class CodeListResolver {
  @Query(() => [Governorate], { description: 'The 12 governorates of Jordan, north to south by statistical region.' })
  async governorates(@Ctx() ctx: GraphQLContext): Promise<Governorate[]> {
    return [...(await ctx.loaders.of(directoryLoaders).codeLists()).governorates.values()].map(toGovernorate);
  }

  @Query(() => [LegalForm], { description: 'Legal forms of organisations.' })
  async legalForms(@Ctx() ctx: GraphQLContext): Promise<LegalForm[]> {
    return [...(await ctx.loaders.of(directoryLoaders).codeLists()).legalForms.values()].map(toNamed);
  }

  @Query(() => [Sector], { description: 'The social protection sectors organisations work in.' })
  async sectors(@Ctx() ctx: GraphQLContext): Promise<Sector[]> {
    return [...(await ctx.loaders.of(directoryLoaders).codeLists()).sectors.values()].map(toNamed);
  }

  @Query(() => [TargetGroup], { description: 'The groups of people organisations serve.' })
  async targetGroups(@Ctx() ctx: GraphQLContext): Promise<TargetGroup[]> {
    return [...(await ctx.loaders.of(directoryLoaders).codeLists()).targetGroups.values()].map(toNamed);
  }
}

/** `id` of a code list entry: a global id built from its code, so clients can key their caches on it. */
function codeListId<T extends { code: string }>(type: ClassType<T>, name: string) {
  @Resolver(() => type)
  class CodeListIdResolver {
    @FieldResolver(() => ID, { description: `Global, opaque id of the ${name} (stable: built from its code).` })
    id(@Root() entry: T): string {
      return toGlobalId(name, entry.code);
    }
  }
  return CodeListIdResolver;
}

export const GovernorateIdResolver = codeListId(Governorate, 'Governorate');
export const LegalFormIdResolver = codeListId(LegalForm, 'LegalForm');
export const SectorIdResolver = codeListId(Sector, 'Sector');
export const TargetGroupIdResolver = codeListId(TargetGroup, 'TargetGroup');
