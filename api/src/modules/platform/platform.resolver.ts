import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../context.js';
import { platformInfo } from './platform.service.js';
import { Platform } from './platform.type.js';

@Resolver(() => Platform)
export class PlatformResolver {
  @Query(() => Platform, { description: 'Facts about the platform: name, version, time zone and database state.' })
  async platform(@Ctx() { em }: GraphQLContext): Promise<Platform> {
    return await platformInfo(em);
  }
}
