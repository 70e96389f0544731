/**
 * Form actions of the requests and partnership pages: send, accept, decline, withdraw; confirm, record the agreement,
 * complete, terminate. Each calls one mutation and redirects (303) with what was done, or answers the form as typed
 * with the API's errors next to their fields. They work without JavaScript.
 */
import { error, redirect } from '@sveltejs/kit';
import type { ApiFiles, PartnershipErrorCode } from '@shabaka/graphql';
import { formatFileSize, pagePath, translate, uploadRefusalText } from '@shabaka/ui';
import { act, invalid, text, type FieldErrors } from '@shabaka/ui/forms';
import type { PartnershipsActionEvent } from './actions.js';
import { REQUEST_FIELD_NAMES, rejected } from './errors.js';
import {
  PartnershipAgreementQuery,
  PartnershipCompleteMutation,
  PartnershipConfirmMutation,
  PartnershipRequestAcceptMutation,
  PartnershipRequestDeclineMutation,
  PartnershipRequestSendMutation,
  PartnershipRequestWithdrawMutation,
  PartnershipTerminateMutation,
  PartnershipUpdateMutation,
} from './graphql/partnerships.js';
import * as m from './paraglide/messages.js';

function requestsPage(event: PartnershipsActionEvent, party: string, done: string): string {
  const query = new URLSearchParams({ party, done });
  return `${pagePath(event.locals.locale, 'partnerships/requests')}?${query.toString()}`;
}

/** Sends a request from one of the viewer's parties, with a message. */
export function sendRequest(event: PartnershipsActionEvent) {
  return act('request', event, async (data, values) => {
    const t = translate(event.locals.locale);
    const errors: FieldErrors = {};
    if (!text(data, 'message')) errors.message = t(m.prErrMessageRequired);
    if (!text(data, 'fromPartyId')) errors.fromPartyId = t(m.prErrFromRequired);
    if (Object.keys(errors).length > 0) return invalid('request', values, errors);
    const listingId = text(data, 'listingId') || null;
    const { partnershipRequestSend: answer } = await event.locals.api(PartnershipRequestSendMutation, {
      input: {
        fromPartyId: text(data, 'fromPartyId'),
        toPartyId: text(data, 'toPartyId'),
        listingId,
        message: text(data, 'message'),
      },
    });
    if (answer.userErrors.length > 0 || !answer.request) {
      return rejected('request', event, values, answer.userErrors, REQUEST_FIELD_NAMES);
    }
    redirect(303, requestsPage(event, text(data, 'fromPartyId'), 'sent'));
  });
}

/** Accepts a received request: a proposed partnership is created; its page opens. */
export function acceptRequest(event: PartnershipsActionEvent) {
  return act('answer', event, async (data, values) => {
    const { partnershipRequestAccept: answer } = await event.locals.api(PartnershipRequestAcceptMutation, {
      input: { requestId: text(data, 'requestId') },
    });
    const partnership = answer.request?.partnership;
    if (answer.userErrors.length > 0 || !partnership) {
      return rejected('answer', event, values, answer.userErrors, REQUEST_FIELD_NAMES);
    }
    redirect(
      303,
      `${pagePath(event.locals.locale, `partnerships/${encodeURIComponent(partnership.id)}`)}?done=accepted`,
    );
  });
}

/** Declines a received request with a reason, shown to the sender. */
export function declineRequest(event: PartnershipsActionEvent) {
  return act('decline', event, async (data, values) => {
    if (!text(data, 'reason')) {
      return invalid('decline', values, { reason: translate(event.locals.locale)(m.prErrReasonRequired) });
    }
    const { partnershipRequestDecline: answer } = await event.locals.api(PartnershipRequestDeclineMutation, {
      input: { requestId: text(data, 'requestId'), reason: text(data, 'reason') },
    });
    if (answer.userErrors.length > 0 || !answer.request) {
      return rejected('decline', event, values, answer.userErrors, REQUEST_FIELD_NAMES);
    }
    redirect(303, requestsPage(event, text(data, 'party'), 'declined'));
  });
}

/** Withdraws a sent request before it is answered. */
export function withdrawRequest(event: PartnershipsActionEvent) {
  return act('answer', event, async (data, values) => {
    const { partnershipRequestWithdraw: answer } = await event.locals.api(PartnershipRequestWithdrawMutation, {
      input: { requestId: text(data, 'requestId') },
    });
    if (answer.userErrors.length > 0 || !answer.request) {
      return rejected('answer', event, values, answer.userErrors, REQUEST_FIELD_NAMES);
    }
    redirect(303, requestsPage(event, text(data, 'party'), 'withdrawn'));
  });
}

const all = (data: FormData, name: string): string[] =>
  data.getAll(name).filter((value): value is string => typeof value === 'string' && value !== '');

const back = (event: PartnershipsActionEvent, done: string) => `${event.url.pathname}?done=${done}`;

/** Confirms a proposed partnership for one of the viewer's member parties. */
export function confirmPartnership(event: PartnershipsActionEvent) {
  return act('confirm', event, async (data, values) => {
    const { partnershipConfirm: answer } = await event.locals.api(PartnershipConfirmMutation, {
      input: { partnershipId: text(data, 'partnershipId'), partyId: text(data, 'partyId') },
    });
    if (answer.userErrors.length > 0 || !answer.partnership) {
      return rejected('confirm', event, values, answer.userErrors, REQUEST_FIELD_NAMES);
    }
    redirect(303, back(event, 'confirmed'));
  });
}

/** Records the agreement (MoU date and reference), the dates and the purpose. */
export function updatePartnership(event: PartnershipsActionEvent) {
  return act('agreement', event, async (data, values) => {
    const { partnershipUpdate: answer } = await event.locals.api(PartnershipUpdateMutation, {
      input: {
        partnershipId: text(data, 'partnershipId'),
        mouSignedOn: text(data, 'mouSignedOn') || null,
        agreementReference: text(data, 'agreementReference') || null,
        startsOn: text(data, 'startsOn') || null,
        endsOn: text(data, 'endsOn') || null,
        purposeAr: text(data, 'purposeAr') || null,
        purposeEn: text(data, 'purposeEn') || null,
        governorates: all(data, 'governorate'),
        targetGroups: all(data, 'targetGroup'),
      },
    });
    if (answer.userErrors.length > 0 || !answer.partnership) {
      return rejected('agreement', event, values, answer.userErrors, REQUEST_FIELD_NAMES);
    }
    redirect(303, back(event, 'updated'));
  });
}

/** Marks an active partnership completed. */
export function completePartnership(event: PartnershipsActionEvent) {
  return act('end', event, async (data, values) => {
    const { partnershipComplete: answer } = await event.locals.api(PartnershipCompleteMutation, {
      input: { partnershipId: text(data, 'partnershipId') },
    });
    if (answer.userErrors.length > 0 || !answer.partnership) {
      return rejected('end', event, values, answer.userErrors, REQUEST_FIELD_NAMES);
    }
    redirect(303, back(event, 'completed'));
  });
}

/** Terminates a proposed or active partnership, with a reason kept in its history. */
export function terminatePartnership(event: PartnershipsActionEvent) {
  return act('terminate', event, async (data, values) => {
    if (!text(data, 'reason')) {
      return invalid('terminate', values, { reason: translate(event.locals.locale)(m.prErrReasonRequired) });
    }
    const { partnershipTerminate: answer } = await event.locals.api(PartnershipTerminateMutation, {
      input: { partnershipId: text(data, 'partnershipId'), reason: text(data, 'reason') },
    });
    if (answer.userErrors.length > 0 || !answer.partnership) {
      return rejected('terminate', event, values, answer.userErrors, REQUEST_FIELD_NAMES);
    }
    redirect(303, back(event, 'terminated'));
  });
}

/** The page's actions that carry a file: the API's file routes with the reader's cookie. */
export interface PartnershipFilesEvent extends PartnershipsActionEvent {
  locals: PartnershipsActionEvent['locals'] & { files: ApiFiles };
}

/** Uploads the signed agreement (a PDF) of a proposed or active partnership, replacing any earlier one. */
export function uploadAgreement(event: PartnershipFilesEvent) {
  return act('agreementFile', event, async (data, values) => {
    const t = translate(event.locals.locale);
    const file = data.get('file');
    if (!(file instanceof Blob) || file.size === 0) return invalid('agreementFile', values, { file: t(m.noFile) });
    const maxBytes = event.locals.files.maxBytes;
    if (file.size > maxBytes) {
      const size = formatFileSize(maxBytes, event.locals.locale);
      return invalid('agreementFile', values, { file: t(m.prAgreementTooLarge, { size }) });
    }
    const partnershipId = text(data, 'partnershipId');
    const answer = await event.locals.files.upload(
      `/uploads/partnership-agreement?partnershipId=${encodeURIComponent(partnershipId)}`,
      file,
      file.type || 'application/octet-stream',
    );
    if (answer.status === 422) {
      // the partnership's rules (a member, an open partnership): the API's code in the page's words
      const problem = answer.body as { errors?: { message?: string; extensions?: { reason?: string } }[] } | null;
      const first = problem?.errors?.[0];
      const code = (first?.extensions?.reason ?? 'WRONG_STATUS') as PartnershipErrorCode;
      const userErrors = [{ field: ['input', 'partnershipId'], code, message: first?.message ?? '' }];
      return rejected('agreementFile', event, values, userErrors, REQUEST_FIELD_NAMES);
    }
    if (answer.status !== 201) {
      const refusal = uploadRefusalText(answer.status, answer.body, event.locals.locale, 'pdf', maxBytes);
      return invalid('agreementFile', values, { file: refusal });
    }
    redirect(303, back(event, 'agreement'));
  });
}

/** GET of the signed agreement, for its members' people and officers: the API decides, the portal relays. */
export async function downloadAgreement(event: PartnershipFilesEvent): Promise<Response> {
  const { partnership } = await event.locals.api(PartnershipAgreementQuery, { id: event.params.id ?? '' });
  const path = partnership?.agreementDocument?.path;
  if (!path) error(event.locals.signedIn ? 404 : 401, 'Not found');
  const response = await event.locals.files.download(path);
  if (!response.ok) error(404, 'Not found');
  const headers = new Headers({ 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' });
  for (const name of ['content-type', 'content-length', 'content-disposition']) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(response.body, { status: 200, headers });
}
