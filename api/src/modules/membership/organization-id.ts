import { BadUserInputError } from '../../common/errors/api-errors.js';
import { fromGlobalId, isUuid } from '../../common/relay/global-id.js';

/** The uuid behind an Organization global id argument, or a BAD_USER_INPUT error naming the argument. */
export function organizationUuid(globalId: string, argument: string): string {
  const id = fromGlobalId(globalId);
  if (id?.type !== 'Organization' || !isUuid(id.key)) {
    throw new BadUserInputError(argument, 'is not the id of an organisation');
  }
  return id.key;
}

/**
 * The uuid behind a global id of `type`, or a BAD_USER_INPUT error naming the argument. A bare uuid is accepted too
 * where the contract once returned one (claim ids before they were global).
 */
export function globalUuid(type: string, value: string, argument: string, what: string): string {
  if (isUuid(value)) return value;
  const id = fromGlobalId(value);
  if (id?.type !== type || !isUuid(id.key)) throw new BadUserInputError(argument, `is not the id of ${what}`);
  return id.key;
}
