import { ArgsType, Field, Int } from 'type-graphql';
import { BadUserInputError } from '../errors/api-errors.js';

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size.js';

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

@ArgsType()
export class PaginationArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Return the first n items after \`after\` (1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (an endCursor).' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Return the last n items before \`before\` (1 to ${MAX_PAGE_SIZE}).`,
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor before which the page ends (a startCursor).' })
  before?: string | null;
}

/** A checked page request: one direction, a size within the limits. */
export interface PageRequest {
  direction: 'forward' | 'backward';
  size: number;
  after?: string;
  before?: string;
}

export function pageRequest(args: PaginationArgs): PageRequest {
  const { first, last, after, before } = args;
  if (first != null && last != null) {
    throw new BadUserInputError('first', 'give first or last, not both');
  }
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (value < 1 || value > MAX_PAGE_SIZE)) {
      throw new BadUserInputError(name, `must be between 1 and ${MAX_PAGE_SIZE} (got ${value})`);
    }
  }
  if (last != null || (first == null && before != null && after == null)) {
    return {
      direction: 'backward',
      size: last ?? DEFAULT_PAGE_SIZE,
      before: before ?? undefined,
      after: after ?? undefined,
    };
  }
  return {
    direction: 'forward',
    size: first ?? DEFAULT_PAGE_SIZE,
    after: after ?? undefined,
    before: before ?? undefined,
  };
}
