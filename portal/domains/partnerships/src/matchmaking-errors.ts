/** The matchmaking pages' words for the API's MatchmakingErrorCode. */
import { formErrors } from '@shabaka/ui/forms';
import * as m from './paraglide/messages.js';

export const { rejected: mmRejected } = formErrors({
  codes: {
    TITLE_REQUIRED: m.mmErrTITLE_REQUIRED,
    END_BEFORE_START: m.mmErrEND_BEFORE_START,
    NO_SLOTS: m.mmErrNO_SLOTS,
    VENUE_REQUIRED: m.mmErrVENUE_REQUIRED,
    UNKNOWN_GOVERNORATE: m.mmErrUNKNOWN_GOVERNORATE,
    DAY_NOT_FOUND: m.mmErrDAY_NOT_FOUND,
    DAY_NOT_PUBLISHED: m.mmErrDAY_NOT_PUBLISHED,
    ALREADY_PUBLISHED: m.mmErrALREADY_PUBLISHED,
    UNKNOWN_PARTY: m.mmErrUNKNOWN_PARTY,
    NOT_A_MEMBER: m.mmErrNOT_A_MEMBER,
    ALREADY_TAKING_PART: m.mmErrALREADY_TAKING_PART,
    PARTICIPANT_NOT_FOUND: m.mmErrPARTICIPANT_NOT_FOUND,
    NOT_TAKING_PART: m.mmErrNOT_TAKING_PART,
    SLOT_NOT_IN_DAY: m.mmErrSLOT_NOT_IN_DAY,
    MEETING_WITH_SELF: m.mmErrMEETING_WITH_SELF,
    MESSAGE_REQUIRED: m.mmErrMESSAGE_REQUIRED,
    MEETING_ALREADY_OPEN: m.mmErrMEETING_ALREADY_OPEN,
    MEETING_NOT_FOUND: m.mmErrMEETING_NOT_FOUND,
    NOT_A_PARTY: m.mmErrNOT_A_PARTY,
    MEETING_NOT_PENDING: m.mmErrMEETING_NOT_PENDING,
    NO_COMMON_SLOT: m.mmErrNO_COMMON_SLOT,
    SLOT_TAKEN: m.mmErrSLOT_TAKEN,
  },
});

/** The form's field for each input field the API names. */
export const MM_FIELD_NAMES: Record<string, string> = {
  dayId: '_form',
  participantId: '_form',
  fromParticipantId: '_form',
  meetingId: '_form',
  slotIds: '_form',
};
