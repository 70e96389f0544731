import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { cachedCodeLists, toGovernorate } from '../../directory/index.js';
import { ServiceError } from '../services.errors.js';
import { ServicesService } from '../services.service.js';
import { ServiceLocation, toLocation } from '../services.type.js';
import type { ServiceLocationEntity } from '../services.entities.js';
import { ServiceLocationFieldsInput } from './service-fields.js';
import { actorOf, serviceUuid } from './service-mutation-support.js';

export async function locationOf(ctx: GraphQLContext, row: ServiceLocationEntity): Promise<ServiceLocation> {
  return toLocation(row, toGovernorate((await cachedCodeLists(ctx.em)).governorates.get(row.governorateCode)!));
}

@InputType({ description: 'The input of `serviceLocationCreate`.' })
export class ServiceLocationCreateInput extends ServiceLocationFieldsInput {
  @Field(() => ID, { description: 'The service.' })
  serviceId!: string;
}

@ObjectType({ description: 'The result of a location mutation.' })
export class ServiceLocationPayload {
  @Field(() => ServiceLocation, { nullable: true, description: 'The location as it is now.' })
  location!: ServiceLocation | null;

  @Field(() => [ServiceError], {
    description: 'Expected failures, each next to its input field; empty when it worked.',
  })
  userErrors!: ServiceError[];
}

@Resolver()
export class ServiceLocationCreateResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => ServiceLocationPayload, {
    description: "Adds a location to a service; its organisation's owners and editors only.",
  })
  async serviceLocationCreate(
    @Arg('input', () => ServiceLocationCreateInput, { description: 'The location.' }) input: ServiceLocationCreateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceLocationPayload> {
    const { serviceId, ...fields } = input;
    const result = await new ServicesService(ctx.em).createLocation(
      serviceUuid(serviceId, 'input.serviceId'),
      fields,
      actorOf(ctx),
    );
    if (result.errors) return { location: null, userErrors: result.errors };
    return { location: await locationOf(ctx, result.ok), userErrors: [] };
  }
}
