import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { ServiceError } from '../services.errors.js';
import { ServicesService } from '../services.service.js';
import { Service, toService } from '../services.type.js';
import { ServiceFieldsInput } from './service-fields.js';
import { actorOf, serviceUuid } from './service-mutation-support.js';

@InputType({ description: 'The input of `serviceUpdate`: the fields to change.' })
export class ServiceUpdateInput extends ServiceFieldsInput {
  @Field(() => ID, { description: 'The service.' })
  serviceId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version the form was opened at: a save over a newer version answers CONFLICT.',
  })
  expectedVersion?: number | null;
}

@ObjectType({ description: 'The result of `serviceUpdate`.' })
export class ServiceUpdatePayload {
  @Field(() => Service, { nullable: true, description: 'The service as it is now.' })
  service!: Service | null;

  @Field(() => [ServiceError], {
    description: 'Expected failures, each next to its input field; empty when it worked.',
  })
  userErrors!: ServiceError[];
}

@Resolver()
export class ServiceUpdateResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => ServiceUpdatePayload, {
    description: "Changes a service; its organisation's owners and editors only.",
  })
  async serviceUpdate(
    @Arg('input', () => ServiceUpdateInput, { description: 'What to change.' }) input: ServiceUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceUpdatePayload> {
    const { serviceId, expectedVersion, ...fields } = input;
    const result = await new ServicesService(ctx.em).update(
      serviceUuid(serviceId, 'input.serviceId'),
      fields,
      actorOf(ctx),
      expectedVersion,
    );
    if (result.errors) return { service: null, userErrors: result.errors };
    return { service: toService(result.ok), userErrors: [] };
  }
}
