/**
 * The needs and offers editor's form actions: publish, update and withdraw. Each reads its form, calls one mutation
 * and either redirects (303, so a reload does not post again) or answers the form as typed with the API's errors
 * next to their fields. They work without JavaScript; with it, the shell enhances the forms.
 */
import { redirect } from '@sveltejs/kit';
import type { PartnershipListingKind } from '@shabaka/graphql';
import { translate } from '@shabaka/ui';
import { act, invalid, text, type FieldErrors } from '@shabaka/ui/forms';
import { endOfAmmanDay } from './dates.js';
import { FIELD_NAMES, rejected } from './errors.js';
import {
  PartnershipListingPublishMutation,
  PartnershipListingUpdateMutation,
  PartnershipListingWithdrawMutation,
} from './graphql/listings.js';
import type { PartnershipsEvent } from './loads.js';
import * as m from './paraglide/messages.js';

export interface PartnershipsActionEvent extends PartnershipsEvent {
  request: Request;
  locals: PartnershipsEvent['locals'] & { files: { readonly maxBytes: number } };
}

const KINDS: readonly PartnershipListingKind[] = ['NEED', 'OFFER'];

const all = (data: FormData, name: string): string[] =>
  data.getAll(name).filter((value): value is string => typeof value === 'string' && value !== '');

/** The listing's fields as typed; the expiry day is the end of that day in Amman. */
function listingFields(event: PartnershipsActionEvent, data: FormData) {
  const t = translate(event.locals.locale);
  const errors: FieldErrors = {};
  const day = text(data, 'expiresOn');
  const expiresAt = day ? endOfAmmanDay(day) : null;
  if (!day) errors.expiresOn = t(m.errExpiryRequired);
  else if (!expiresAt) errors.expiresOn = t(m.errExpiryNotADate);
  if (!text(data, 'capability')) errors.capability = t(m.errCapabilityRequired);
  return {
    errors,
    fields: {
      capability: text(data, 'capability') || null,
      descriptionAr: text(data, 'descriptionAr') || null,
      descriptionEn: text(data, 'descriptionEn') || null,
      governorates: all(data, 'governorate'),
      targetGroups: all(data, 'targetGroup'),
      expiresAt: expiresAt?.toISOString() ?? null,
    },
  };
}

/** Publishes a need or an offer for the party the page is about (an organisation or an institution). */
export function publishListing(event: PartnershipsActionEvent) {
  return act('listing', event, async (data, values) => {
    const { errors, fields } = listingFields(event, data);
    const kind = KINDS.find((entry) => entry === text(data, 'kind'));
    if (!kind) errors.kind = translate(event.locals.locale)(m.errKindRequired);
    if (Object.keys(errors).length > 0 || !kind) return invalid('listing', values, errors);
    const { partnershipListingPublish: answer } = await event.locals.api(PartnershipListingPublishMutation, {
      input: { partyId: text(data, 'partyId'), kind, ...fields },
    });
    if (answer.userErrors.length > 0 || !answer.listing) {
      return rejected('listing', event, values, answer.userErrors, FIELD_NAMES);
    }
    redirect(303, `${event.url.pathname}?done=published`);
  });
}

/** Saves the changes to a need or an offer. */
export function updateListing(event: PartnershipsActionEvent) {
  return act('listing', event, async (data, values) => {
    const { errors, fields } = listingFields(event, data);
    if (Object.keys(errors).length > 0) return invalid('listing', values, errors);
    const { partnershipListingUpdate: answer } = await event.locals.api(PartnershipListingUpdateMutation, {
      input: { listingId: text(data, 'listingId'), ...fields },
    });
    if (answer.userErrors.length > 0 || !answer.listing) {
      return rejected('listing', event, values, answer.userErrors, FIELD_NAMES);
    }
    redirect(303, `${event.url.pathname}?done=updated`);
  });
}

/** Withdraws a need or an offer: it is no longer shown to anyone. */
export function withdrawListing(event: PartnershipsActionEvent) {
  return act('withdraw', event, async (data, values) => {
    const { partnershipListingWithdraw: answer } = await event.locals.api(PartnershipListingWithdrawMutation, {
      input: { listingId: text(data, 'listingId') },
    });
    if (answer.userErrors.length > 0 || !answer.listing) {
      return rejected('withdraw', event, values, answer.userErrors, FIELD_NAMES);
    }
    redirect(303, `${event.url.pathname}?done=withdrawn`);
  });
}
