import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { ServiceError } from '../services.errors.js';
import { ServicesService } from '../services.service.js';
import { Service, toService } from '../services.type.js';
import { actorOf, locationUuid } from './service-mutation-support.js';

@InputType({ description: 'The input of `serviceLocationDelete`.' })
export class ServiceLocationDeleteInput {
  @Field(() => ID, { description: 'The location.' })
  locationId!: string;
}

@ObjectType({ description: 'The result of `serviceLocationDelete`.' })
export class ServiceLocationDeletePayload {
  @Field(() => Service, { nullable: true, description: 'The service without the location.' })
  service!: Service | null;

  @Field(() => [ServiceError], { description: 'Expected failures; empty when it worked.' })
  userErrors!: ServiceError[];
}

@Resolver()
export class ServiceLocationDeleteResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => ServiceLocationDeletePayload, {
    description: "Removes a location from a service; its organisation's owners and editors only.",
  })
  async serviceLocationDelete(
    @Arg('input', () => ServiceLocationDeleteInput, { description: 'The location.' }) input: ServiceLocationDeleteInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceLocationDeletePayload> {
    const result = await new ServicesService(ctx.em).deleteLocation(
      locationUuid(input.locationId, 'input.locationId'),
      actorOf(ctx),
    );
    if (result.errors) return { service: null, userErrors: result.errors };
    return { service: toService(result.ok), userErrors: [] };
  }
}
