import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { ServiceError } from '../services.errors.js';
import { ServicesService } from '../services.service.js';
import { Service, toService } from '../services.type.js';
import { actorOf, serviceUuid } from './service-mutation-support.js';

@InputType({ description: 'The input of `servicePlacesUpdate`: both counts as they are today.' })
export class ServicePlacesUpdateInput {
  @Field(() => ID, { description: 'The service.' })
  serviceId!: string;

  @Field(() => Int, { nullable: true, description: 'Places available now (0 or more; null: not said).' })
  placesAvailable!: number | null;

  @Field(() => Int, { nullable: true, description: 'People on the waiting list (0 or more; null: not said).' })
  waitingListLength!: number | null;
}

@ObjectType({ description: 'The result of `servicePlacesUpdate`.' })
export class ServicePlacesUpdatePayload {
  @Field(() => Service, { nullable: true, description: 'The service with its new figures.' })
  service!: Service | null;

  @Field(() => [ServiceError], {
    description: 'Expected failures, each next to its input field; empty when it worked.',
  })
  userErrors!: ServiceError[];
}

@Resolver()
export class ServicePlacesUpdateResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => ServicePlacesUpdatePayload, {
    description:
      'Gives the places available and the waiting list as they are today (dated now); owners and editors of the organisation only.',
  })
  async servicePlacesUpdate(
    @Arg('input', () => ServicePlacesUpdateInput, { description: 'The counts.' }) input: ServicePlacesUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServicePlacesUpdatePayload> {
    const result = await new ServicesService(ctx.em).updatePlaces(
      serviceUuid(input.serviceId, 'input.serviceId'),
      { placesAvailable: input.placesAvailable ?? null, waitingListLength: input.waitingListLength ?? null },
      actorOf(ctx),
    );
    if (result.errors) return { service: null, userErrors: result.errors };
    return { service: toService(result.ok), userErrors: [] };
  }
}
