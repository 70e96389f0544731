import { Field, ObjectType } from 'type-graphql';
import { GrantError } from '../grants.errors.js';
import { GrantApplication, GrantCall } from '../grants.type.js';

/** The shape of every call mutation's payload (each mutation names its own type). */
@ObjectType('GrantCallPayloadBase')
export abstract class GrantCallPayloadBase {
  @Field(() => GrantCall, { nullable: true, description: 'The call as it is now; null when nothing changed.' })
  call!: GrantCall | null;

  @Field(() => [GrantError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: GrantError[];
}

/** The shape of every application mutation's payload (each mutation names its own type). */
@ObjectType('GrantApplicationPayloadBase')
export abstract class GrantApplicationPayloadBase {
  @Field(() => GrantApplication, {
    nullable: true,
    description: 'The application as it is now; null when nothing changed.',
  })
  application!: GrantApplication | null;

  @Field(() => [GrantError], {
    description: 'Expected failures, each next to the input field it concerns; empty when it worked.',
  })
  userErrors!: GrantError[];
}
