import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { ServiceError } from '../services.errors.js';
import { ServicesService } from '../services.service.js';
import { actorOf, serviceUuid } from './service-mutation-support.js';

@InputType({ description: 'The input of `serviceDelete`.' })
export class ServiceDeleteInput {
  @Field(() => ID, { description: 'The service.' })
  serviceId!: string;
}

@ObjectType({ description: 'The result of `serviceDelete`.' })
export class ServiceDeletePayload {
  @Field(() => ID, { nullable: true, description: 'The global id of the deleted service.' })
  deletedServiceId!: string | null;

  @Field(() => [ServiceError], { description: 'Expected failures; empty when it worked.' })
  userErrors!: ServiceError[];
}

@Resolver()
export class ServiceDeleteResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => ServiceDeletePayload, {
    description: "Deletes a service with its locations and hours; its organisation's owners and editors only.",
  })
  async serviceDelete(
    @Arg('input', () => ServiceDeleteInput, { description: 'The service.' }) input: ServiceDeleteInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceDeletePayload> {
    const result = await new ServicesService(ctx.em).delete(
      serviceUuid(input.serviceId, 'input.serviceId'),
      actorOf(ctx),
    );
    if (result.errors) return { deletedServiceId: null, userErrors: result.errors };
    return { deletedServiceId: input.serviceId, userErrors: [] };
  }
}
