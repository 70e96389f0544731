import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { ServicesService } from '../services.service.js';
import { ServiceLocationFieldsInput } from './service-fields.js';
import { ServiceLocationPayload, locationOf } from './service-location-create.js';
import { actorOf, locationUuid } from './service-mutation-support.js';

@InputType({ description: 'The input of `serviceLocationUpdate`: the fields to change.' })
export class ServiceLocationUpdateInput extends ServiceLocationFieldsInput {
  @Field(() => ID, { description: 'The location.' })
  locationId!: string;
}

@Resolver()
export class ServiceLocationUpdateResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => ServiceLocationPayload, {
    description: "Changes a location of a service; its organisation's owners and editors only.",
  })
  async serviceLocationUpdate(
    @Arg('input', () => ServiceLocationUpdateInput, { description: 'What to change.' })
    input: ServiceLocationUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceLocationPayload> {
    const { locationId, ...fields } = input;
    const result = await new ServicesService(ctx.em).updateLocation(
      locationUuid(locationId, 'input.locationId'),
      fields,
      actorOf(ctx),
    );
    if (result.errors) return { location: null, userErrors: result.errors };
    return { location: await locationOf(ctx, result.ok), userErrors: [] };
  }
}
