/**
 * The workspace pages' form actions: each reads its form, calls one mutation through the generated client, and
 * either redirects (303, so a reload does not post again) or answers a FormState with the typed values and the
 * errors next to their fields. They work without JavaScript; with it, the shell enhances the forms.
 */
import { fail, redirect, type ActionFailure } from '@sveltejs/kit';
import { formatFileSize, localized, pagePath, translate, uploadRefusalText } from '@shabaka/ui';
import { ClaimDecideMutation, VerificationDecideMutation } from './graphql/console.js';
import {
  InvitationAcceptMutation,
  MemberInviteMutation,
  MemberUpdateMutation,
  OrganizationClaimMutation,
  OrganizationRegisterMutation,
  OrganizationUpdateMutation,
  VerificationSubmitMutation,
} from './graphql/workspace.js';
import {
  act,
  invalid,
  required,
  text,
  isolated,
  type FieldErrors,
  type FormState,
  type UserError,
} from '@shabaka/ui/forms';
import { errorMessage, fieldErrors, rejected } from './errors.js';
import type { AccountEvent } from './loads.js';
import { contactsFrom, LIST_FIELDS, mergeConflict, type ProfileSource } from './profile.js';
import * as m from './paraglide/messages.js';

/** The API's limit for a logo file (LOGO_MAX_BYTES there), for its words when an older API names none. */
const LOGO_MAX_BYTES = 2 * 1024 * 1024;

export interface AccountActionEvent extends AccountEvent {
  request: Request;
}

export function registerOrganization(event: AccountActionEvent) {
  return act('register', event, async (data, values) => {
    const missing = required(event.locals.locale, data, ['legalForm', 'governorate']);
    if (Object.keys(missing).length > 0) return invalid('register', values, missing);
    const { organizationRegister } = await event.locals.api(OrganizationRegisterMutation, {
      input: {
        nameAr: text(data, 'nameAr') || null,
        nameEn: text(data, 'nameEn') || null,
        legalForm: text(data, 'legalForm'),
        governorate: text(data, 'governorate'),
        nationalNumber: text(data, 'nationalNumber') || null,
      },
    });
    if (organizationRegister.userErrors.length > 0 || !organizationRegister.organization) {
      return rejected('register', event, values, organizationRegister.userErrors);
    }
    redirect(303, pagePath(event.locals.locale, `account/organizations/${organizationRegister.organization.slug}`));
  });
}

export function claimOrganization(event: AccountActionEvent) {
  return act('claim', event, async (data, values) => {
    const { organizationClaim } = await event.locals.api(OrganizationClaimMutation, {
      input: { organizationId: text(data, 'organizationId'), message: text(data, 'message') || null },
    });
    if (organizationClaim.userErrors.length > 0) {
      return rejected('claim', event, values, organizationClaim.userErrors, { organizationId: '_form' });
    }
    return { form: 'claim', values: {}, errors: {}, done: translate(event.locals.locale)(m.claimDone) };
  });
}

function optionalInt(data: FormData, name: string): number | null {
  const value = text(data, name);
  if (!value) return null;
  const number = Number(value);
  return Number.isInteger(number) ? number : Number.NaN;
}

/**
 * The API's errors next to the profile form's fields: a contact's (["input", "contacts", "<n>", "email"]) next to
 * its row's field, a social link's next to its network's field.
 */
function profileErrors(
  event: AccountEvent,
  userErrors: readonly UserError[],
  rows: number[],
  socialLinks: { kind: string }[],
): FieldErrors {
  const locale = event.locals.locale;
  const errors: FieldErrors = {};
  const others: UserError[] = [];
  for (const error of userErrors) {
    const [, list, index, part] = error.field ?? [];
    const field =
      list === 'contacts' && part
        ? `contact-${rows[Number(index)] ?? 0}-${part}`
        : list === 'socialLinks' && index !== undefined
          ? `social-${socialLinks[Number(index)]?.kind ?? 'other'}`
          : undefined;
    if (!field) {
      others.push(error);
      continue;
    }
    errors[field] ??=
      error.code === 'CONTACT_UNREACHABLE' ? translate(locale)(m.errCONTACT_UNREACHABLE) : errorMessage(error, locale);
  }
  return { ...fieldErrors(others, locale), ...errors };
}

/**
 * Someone saved the profile while this form was open: nothing was saved. Each field the other person changed says
 * what it is now; a field the reader had not touched takes that value, one they had changed keeps their entry; the
 * form now carries the current version, so saving again applies the reader's changes over the other's, knowingly.
 */
function conflict(event: AccountEvent, values: Record<string, string>, now: ProfileSource): ActionFailure<FormState> {
  const t = translate(event.locals.locale);
  const errors: FieldErrors = { _form: t(m.errCONFLICT) };
  const merged = mergeConflict(values, now);
  for (const [field, value] of Object.entries(merged.changed)) {
    errors[field] = [...LIST_FIELDS, 'contacts', 'socialLinks'].includes(field)
      ? t(m.changedMeanwhileList)
      : value
        ? t(m.changedMeanwhile, { value })
        : t(m.clearedMeanwhile);
  }
  return fail(409, { form: 'profile', values: merged.values, errors });
}

export function updateProfile(event: AccountActionEvent) {
  return act('profile', event, async (data, values) => {
    const numbers = { foundingYear: 0, staffCount: 0, volunteerCount: 0 };
    const errors: FieldErrors = {};
    for (const name of Object.keys(numbers) as (keyof typeof numbers)[]) {
      const value = optionalInt(data, name);
      if (Number.isNaN(value))
        errors[name] = translate(event.locals.locale)(m.errINVALID_VALUE, { detail: text(data, name) });
    }
    if (Object.keys(errors).length > 0) return invalid('profile', values, errors);
    const list = (name: string): string[] => data.getAll(name).filter((v): v is string => typeof v === 'string');
    const { contacts, rows, socialLinks } = contactsFrom((name) => text(data, name));
    const { organizationUpdate } = await event.locals.api(OrganizationUpdateMutation, {
      input: {
        organizationId: text(data, 'organizationId'),
        nameAr: text(data, 'nameAr') || null,
        nameEn: text(data, 'nameEn') || null,
        acronym: text(data, 'acronym') || null,
        missionAr: text(data, 'missionAr') || null,
        missionEn: text(data, 'missionEn') || null,
        addressAr: text(data, 'addressAr') || null,
        addressEn: text(data, 'addressEn') || null,
        district: text(data, 'district') || null,
        website: text(data, 'website') || null,
        foundingYear: optionalInt(data, 'foundingYear'),
        staffCount: optionalInt(data, 'staffCount'),
        volunteerCount: optionalInt(data, 'volunteerCount'),
        targetGroups: list('targetGroups'),
        sectors: list('sectors'),
        expectedVersion: optionalInt(data, 'expectedVersion'),
        contacts,
        socialLinks,
      },
    });
    const now = organizationUpdate.organization;
    if (now && organizationUpdate.userErrors.some((e) => e.code === 'CONFLICT')) {
      return conflict(event, values, now);
    }
    if (organizationUpdate.userErrors.length > 0) {
      return invalid('profile', values, profileErrors(event, organizationUpdate.userErrors, rows, socialLinks));
    }
    return { form: 'profile', values: {}, errors: {}, done: translate(event.locals.locale)(m.profileSaved) };
  });
}

export function inviteMember(event: AccountActionEvent) {
  return act('invite', event, async (data, values) => {
    const missing = required(event.locals.locale, data, ['email', 'role']);
    if (Object.keys(missing).length > 0) return invalid('invite', values, missing);
    const role = text(data, 'role');
    const { organizationMemberInvite } = await event.locals.api(MemberInviteMutation, {
      input: {
        organizationId: text(data, 'organizationId'),
        email: text(data, 'email'),
        role: role === 'OWNER' || role === 'EDITOR' ? role : 'VIEWER',
      },
    });
    if (organizationMemberInvite.userErrors.length > 0) {
      return rejected('invite', event, values, organizationMemberInvite.userErrors);
    }
    return {
      form: 'invite',
      values: {},
      errors: {},
      done: translate(event.locals.locale)(m.inviteSent, { email: isolated(text(data, 'email')) }),
    };
  });
}

export function updateMember(event: AccountActionEvent) {
  return act('member', event, async (data, values) => {
    const role = text(data, 'role');
    const { organizationMemberUpdate } = await event.locals.api(MemberUpdateMutation, {
      input: {
        organizationId: text(data, 'organizationId'),
        userId: text(data, 'userId'),
        role: role === 'OWNER' || role === 'EDITOR' || role === 'VIEWER' ? role : null,
      },
    });
    if (organizationMemberUpdate.userErrors.length > 0) {
      return rejected('member', event, values, organizationMemberUpdate.userErrors, { userId: '_form', role: '_form' });
    }
    return { form: 'member', values: {}, errors: {}, done: translate(event.locals.locale)(m.memberSaved) };
  });
}

export function submitEvidence(event: AccountActionEvent) {
  return act('evidence', event, async (data, values) => {
    const t = translate(event.locals.locale);
    const file = data.get('file');
    if (!(file instanceof Blob) || file.size === 0) return invalid('evidence', values, { file: t(m.noFile) });
    if (file.size > event.locals.files.maxBytes) {
      const size = formatFileSize(event.locals.files.maxBytes, event.locals.locale);
      return invalid('evidence', values, { file: t(m.fileTooLarge, { size }) });
    }
    const organizationId = text(data, 'organizationId');
    const uploaded = await event.locals.files.upload(
      `/uploads/verification-evidence?organizationId=${encodeURIComponent(organizationId)}`,
      file,
      file.type || 'application/octet-stream',
    );
    const body = uploaded.body as { evidenceId?: string };
    if (uploaded.status !== 201 && uploaded.status !== 200) {
      // the API's refusals in the reader's words, by their reason code (its message is English)
      const refusal = uploadRefusalText(
        uploaded.status,
        uploaded.body,
        event.locals.locale,
        'document',
        event.locals.files.maxBytes,
      );
      return invalid('evidence', values, { file: refusal });
    }
    const { organizationVerificationSubmit } = await event.locals.api(VerificationSubmitMutation, {
      input: { organizationId, evidenceId: body.evidenceId ?? '' },
    });
    if (organizationVerificationSubmit.userErrors.length > 0) {
      return rejected('evidence', event, values, organizationVerificationSubmit.userErrors, {
        evidenceId: 'file',
        organizationId: '_form',
      });
    }
    return { form: 'evidence', values: {}, errors: {}, done: t(m.evidenceSubmitted) };
  });
}

/** The organisation's logo: a new file goes to the API (which re-encodes it), or `remove` takes it away. */
export function saveLogo(event: AccountActionEvent) {
  return act('logo', event, async (data, values) => {
    const t = translate(event.locals.locale);
    const organizationId = text(data, 'organizationId');
    const path = `/uploads/organization-logo?organizationId=${encodeURIComponent(organizationId)}`;
    const remove = text(data, 'remove') === '1';
    const file = data.get('file');
    if (!remove && (!(file instanceof Blob) || file.size === 0)) return invalid('logo', values, { file: t(m.noFile) });
    const answer = remove
      ? await event.locals.files.upload(path, new Blob([]), 'application/octet-stream', 'DELETE')
      : await event.locals.files.upload(path, file as Blob, (file as Blob).type || 'application/octet-stream', 'PUT');
    if (answer.status !== 200) {
      const refusal = uploadRefusalText(answer.status, answer.body, event.locals.locale, 'image', LOGO_MAX_BYTES);
      return invalid('logo', values, remove ? { _form: refusal } : { file: refusal });
    }
    return { form: 'logo', values: {}, errors: {}, done: t(remove ? m.logoRemoved : m.logoSaved) };
  });
}

export function acceptInvitation(event: AccountActionEvent) {
  return act('invitation', event, async (data, values) => {
    const { organizationInvitationAccept } = await event.locals.api(InvitationAcceptMutation, {
      input: { token: text(data, 'token') },
    });
    const organization = organizationInvitationAccept.organization;
    if (organizationInvitationAccept.userErrors.length > 0 || !organization) {
      return rejected('invitation', event, values, organizationInvitationAccept.userErrors, { token: '_form' });
    }
    // stays on the page to confirm what happened, with the way to the organisation's workspace
    const name = localized(organization.name, event.locals.locale)?.text ?? organization.slug;
    return {
      form: 'invitation',
      values: { slug: organization.slug, organization: name },
      errors: {},
      done: translate(event.locals.locale)(m.invitationJoined, { organization: name }),
    };
  });
}

export function decideVerification(event: AccountActionEvent) {
  return act('decide', event, async (data, values) => {
    const decision = text(data, 'decision');
    if (decision !== 'VERIFIED' && decision !== 'REJECTED' && decision !== 'INFORMATION_REQUESTED') {
      return invalid('decide', values, { decision: translate(event.locals.locale)(m.errRequired) });
    }
    const { organizationVerificationDecide } = await event.locals.api(VerificationDecideMutation, {
      input: { organizationId: text(data, 'organizationId'), decision, reason: text(data, 'reason') || null },
    });
    if (organizationVerificationDecide.userErrors.length > 0) {
      return rejected('decide', event, values, organizationVerificationDecide.userErrors, { organizationId: '_form' });
    }
    return { form: 'decide', values: {}, errors: {}, done: translate(event.locals.locale)(m.decided) };
  });
}

export function decideClaim(event: AccountActionEvent) {
  return act('claimDecide', event, async (data, values) => {
    const approve = text(data, 'approve') === 'true';
    const { organizationClaimDecide } = await event.locals.api(ClaimDecideMutation, {
      input: { claimId: text(data, 'claimId'), approve, reason: text(data, 'reason') || null },
    });
    if (organizationClaimDecide.userErrors.length > 0) {
      return rejected(
        'claimDecide',
        event,
        { ...values, approve: String(approve) },
        organizationClaimDecide.userErrors,
        {
          claimId: '_form',
        },
      );
    }
    return { form: 'claimDecide', values: {}, errors: {}, done: translate(event.locals.locale)(m.decided) };
  });
}
