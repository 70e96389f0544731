import type { GraphQLContext } from '../../../context.js';
import { globalUuid } from '../../../common/relay/global-id.js';
import type { Actor } from '../services.service.js';

export const actorOf = (ctx: GraphQLContext): Actor => ({ viewer: ctx.viewer!, requestId: ctx.requestId });
export const serviceUuid = (id: string, argument: string): string => globalUuid('Service', id, argument, 'a service');
export const locationUuid = (id: string, argument: string): string =>
  globalUuid('ServiceLocation', id, argument, 'a service location');
