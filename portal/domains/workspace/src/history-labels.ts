/**
 * The audit log of an organisation in words: an event's action, and the states, roles or fields it changed, in the
 * reader's language (the API keeps stable codes; raw codes are never shown).
 */
import { translate, type CompiledMessage, type Locale } from '@shabaka/ui';
import type { MemberRole, VerificationState } from '@shabaka/graphql';
import { memberRoleMessage, stateMessage } from '@shabaka/ui';
import * as m from './paraglide/messages.js';

type Label = CompiledMessage<Record<string, never>>;

const ACTIONS: Record<string, Label | undefined> = {
  ORGANIZATION_REGISTERED: m.actionORGANIZATION_REGISTERED,
  ORGANIZATION_UPDATED: m.actionORGANIZATION_UPDATED,
  VERIFICATION_SUBMITTED: m.actionVERIFICATION_SUBMITTED,
  VERIFICATION_DECIDED: m.actionVERIFICATION_DECIDED,
  MEMBER_JOINED: m.actionMEMBER_JOINED,
  MEMBER_ROLE_CHANGED: m.actionMEMBER_ROLE_CHANGED,
  MEMBER_REMOVED: m.actionMEMBER_REMOVED,
  ORGANIZATION_HANDED_TO_PROGRAMME: m.actionORGANIZATION_HANDED_TO_PROGRAMME,
};

const FIELDS: Record<string, Label | undefined> = {
  name_ar: m.fieldname_ar,
  name_en: m.fieldname_en,
  acronym: m.fieldacronym,
  mission_ar: m.fieldmission_ar,
  mission_en: m.fieldmission_en,
  address_ar: m.fieldaddress_ar,
  address_en: m.fieldaddress_en,
  district: m.fielddistrict,
  website: m.fieldwebsite,
  founding_year: m.fieldfounding_year,
  staff_count: m.fieldstaff_count,
  volunteer_count: m.fieldvolunteer_count,
  target_groups: m.fieldtarget_groups,
  sectors: m.fieldsectors,
};

const STATES = new Set(['UNVERIFIED', 'PENDING', 'VERIFIED', 'REJECTED']);
const ROLES = new Set(['OWNER', 'EDITOR', 'VIEWER']);

export interface HistoryEvent {
  action: string;
  fromState?: string | null;
  toState?: string | null;
}

export function actionLabel(action: string, locale: Locale): string {
  return translate(locale)(ACTIONS[action] ?? m.actionOther);
}

/** A state, role or decision in words. */
function valueLabel(value: string, locale: Locale): string {
  const t = translate(locale);
  if (STATES.has(value)) return t(stateMessage(value as VerificationState));
  if (ROLES.has(value)) return t(memberRoleMessage(value as MemberRole));
  if (value === 'INFORMATION_REQUESTED') return t(m.valueINFORMATION_REQUESTED);
  return t(m.actionOther);
}

/** What the event changed, in words: the fields of a profile edit, or the state or role before and after. */
export function changeLabel(event: HistoryEvent, locale: Locale): string {
  const t = translate(locale);
  if (event.action === 'ORGANIZATION_UPDATED') {
    const fields = (event.toState ?? '').split(',').filter(Boolean);
    if (fields.length === 0) return '';
    const names = [...new Set(fields.map((field) => t(FIELDS[field] ?? m.fieldOther)))];
    return t(m.historyFields, { fields: names.join(locale === 'ar' ? '، ' : ', ') });
  }
  const from = event.fromState ? valueLabel(event.fromState, locale) : null;
  const to = event.toState ? valueLabel(event.toState, locale) : null;
  if (from && to) return t(m.historyChangeFromTo, { from, to });
  if (to) return t(m.historyChangeTo, { to });
  if (from) return t(m.historyChangeFrom, { from });
  return '';
}
