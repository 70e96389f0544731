import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../context.js';
import { organizationUuid } from '../../directory/index.js';
import { ServiceError } from '../services.errors.js';
import { ServicesService } from '../services.service.js';
import { Service, toService } from '../services.type.js';
import { ServiceFieldsInput, ServiceLocationInput } from './service-fields.js';
import { actorOf } from './service-mutation-support.js';

@InputType({ description: 'The input of `serviceCreate`.' })
export class ServiceCreateInput extends ServiceFieldsInput {
  @Field(() => ID, { description: 'The organisation that offers it (its owners and editors only).' })
  organizationId!: string;

  @Field(() => [ServiceLocationInput], { nullable: true, description: 'Its first locations.' })
  locations?: ServiceLocationInput[] | null;
}

@ObjectType({
  description: 'The result of `serviceCreate`: the service, or the userErrors that say why nothing changed.',
})
export class ServiceCreatePayload {
  @Field(() => Service, { nullable: true, description: 'The new service.' })
  service!: Service | null;

  @Field(() => [ServiceError], {
    description: 'Expected failures, each next to its input field; empty when it worked.',
  })
  userErrors!: ServiceError[];
}

@Resolver()
export class ServiceCreateResolver {
  @Authorized('SIGNED_IN')
  @Mutation(() => ServiceCreatePayload, {
    description: "Adds a service to an organisation's offer, with its first locations; owners and editors only.",
  })
  async serviceCreate(
    @Arg('input', () => ServiceCreateInput, { description: 'The service.' }) input: ServiceCreateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceCreatePayload> {
    const organizationId = organizationUuid(input.organizationId, 'input.organizationId');
    const { organizationId: _id, locations, ...fields } = input;
    const result = await new ServicesService(ctx.em).create(organizationId, fields, locations ?? [], actorOf(ctx));
    if (result.errors) return { service: null, userErrors: result.errors };
    return { service: toService(result.ok), userErrors: [] };
  }
}
