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
