/** The training calendar feeds (public per session, personal at a secret URL): what the module's index lists. */
import { TrainingCalendarTokenEntity } from './calendar.entities.js';
import { TrainingSessionCalendarResolver, ViewerTrainingCalendarResolver } from './calendar.resolver.js';
import { personalCalendarRoute, sessionCalendarRoute } from './calendar.routes.js';
import { TrainingCalendarLinkResetResolver } from '../mutations/training-calendar-link-reset.js';

export const TrainingCalendarEntities = [TrainingCalendarTokenEntity];
export const TrainingCalendarResolvers = [
  ViewerTrainingCalendarResolver,
  TrainingSessionCalendarResolver,
  TrainingCalendarLinkResetResolver,
];
export const TrainingCalendarRoutes = [sessionCalendarRoute, personalCalendarRoute];
