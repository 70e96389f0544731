import * as m from './paraglide/messages.js';

type Message = typeof m.participation_title;

export const PHASE: Record<string, Message> = {
  DRAFT: m.participation_phase_DRAFT,
  UPCOMING: m.participation_phase_UPCOMING,
  OPEN: m.participation_phase_OPEN,
  ANALYSIS: m.participation_phase_ANALYSIS,
  ANSWERED: m.participation_phase_ANSWERED,
};

export const OWNER: Record<string, Message> = {
  MOSD: m.participation_owner_MOSD,
  DIRECTORATE: m.participation_owner_DIRECTORATE,
  PROGRAMME: m.participation_owner_PROGRAMME,
};

export const POSITION: Record<string, Message> = {
  SUPPORT: m.participation_position_SUPPORT,
  SUPPORT_WITH_CHANGES: m.participation_position_SUPPORT_WITH_CHANGES,
  OPPOSE: m.participation_position_OPPOSE,
};

export const ANSWER: Record<string, Message> = {
  ACCEPTED: m.participation_answer_ACCEPTED,
  PARTLY_ACCEPTED: m.participation_answer_PARTLY_ACCEPTED,
  NOT_ACCEPTED: m.participation_answer_NOT_ACCEPTED,
};

export const SIZE: Record<string, Message> = {
  NO_STAFF: m.participation_size_NO_STAFF,
  SMALL: m.participation_size_SMALL,
  MEDIUM: m.participation_size_MEDIUM,
  LARGE: m.participation_size_LARGE,
  NOT_STATED: m.participation_size_NOT_STATED,
};
