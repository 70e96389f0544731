/**
 * Certificates in the portal: the public verification (a form to type a code, and the page of a code, which the QR
 * code on the PDF opens), the signed-in person's certificates with their PDF, and the officers' issue, bulk issue and
 * revocation on the registrants page. Loads and actions as the other training pages: the API decides, the portal says.
 */
import { error, redirect } from '@sveltejs/kit';
import { ApiError, ApiUnavailableError } from '@shabaka/graphql';
import { pagePath, translate } from '@shabaka/ui';
import { act, invalid, required, text } from '@shabaka/ui/forms';
import { refused, requireViewer } from '@shabaka/ui/viewer';
import type { TrainingActionEvent } from './actions.js';
import { rejected } from './errors.js';
import {
  TrainingCertificateIssueBulkMutation,
  TrainingCertificateIssueMutation,
  TrainingCertificateRevokeMutation,
  TrainingCertificateVerifyQuery,
  TrainingMyCertificatesQuery,
  TrainingSessionCertificatesQuery,
} from './graphql/certificates.js';
import { loadMyRegistrations, loadRegistrants, type TrainingEvent } from './loads.js';
import * as m from './paraglide/messages.js';

/** A code as people type it: letters, digits, spaces and dashes (the API reads it leniently and decides). */
const CODE = /^[0-9A-Za-z -]{1,20}$/;

/** The public form: a typed code goes to its page (a GET form: it works without JavaScript). */
export function loadCertificateForm(event: TrainingEvent) {
  const typed = (event.url.searchParams.get('code') ?? '').trim();
  if (typed && CODE.test(typed)) {
    redirect(303, pagePath(event.locals.locale, `training/certificates/${encodeURIComponent(typed.toUpperCase())}`));
  }
  return { code: typed, invalid: typed !== '' };
}
export type CertificateFormData = ReturnType<typeof loadCertificateForm>;

/** The public page of a code: what the certificate says, or that no certificate has it. */
export async function loadCertificate(event: TrainingEvent) {
  const code = event.params.code ?? '';
  if (!CODE.test(code)) return { state: 'unknown' as const, code };
  try {
    const { certificateByCode } = await event.locals.api(TrainingCertificateVerifyQuery, { code });
    return certificateByCode
      ? { state: 'found' as const, code, certificate: certificateByCode }
      : { state: 'unknown' as const, code };
  } catch (failure) {
    if (failure instanceof ApiUnavailableError) return { state: 'unavailable' as const, code };
    if (failure instanceof ApiError && failure.code === 'RATE_LIMITED') return { state: 'limited' as const, code };
    throw failure;
  }
}
export type CertificateData = Awaited<ReturnType<typeof loadCertificate>>;

/** My registrations, with my certificates beside them. */
export async function loadMyRegistrationsWithCertificates(event: TrainingEvent) {
  const registrations = await loadMyRegistrations(event);
  try {
    const { viewer } = await event.locals.api(TrainingMyCertificatesQuery);
    return { ...registrations, certificates: viewer?.trainingCertificates.edges.map((edge) => edge.node) ?? [] };
  } catch (failure) {
    refused(event, failure);
  }
}

/** The registrants page, with each confirmed registrant's certificate and the officer's bulk issue. */
export async function loadRegistrantsWithCertificates(event: TrainingEvent) {
  const registrants = await loadRegistrants(event);
  // certificates are the officers' (a session's trainer sees the registrants and scores only)
  if (!registrants.officer) return { ...registrants, certificates: undefined, batch: undefined };
  try {
    const { trainingSession } = await event.locals.api(TrainingSessionCertificatesQuery, { id: event.params.id ?? '' });
    const certificates = Object.fromEntries(
      (trainingSession?.registrations.edges ?? []).map((edge) => [edge.node.id, edge.node.certificate ?? null]),
    );
    return { ...registrants, certificates, batch: trainingSession?.viewerCertificateBatch ?? null };
  } catch (failure) {
    refused(event, failure);
  }
}

/** GET of a certificate's PDF for its holder and officers: the API decides, the portal relays. */
export async function downloadCertificate(
  event: TrainingEvent & { locals: { files: { download(path: string): Promise<Response> } } },
): Promise<Response> {
  await requireViewer(event);
  const id = event.params.id ?? '';
  if (!/^[0-9a-f-]{36}$/.test(id)) error(404, 'Not found');
  const response = await event.locals.files.download(`/certificates/${id}.pdf`);
  if (response.status === 401) redirect(303, pagePath(event.locals.locale, 'account/sign-in'));
  if (!response.ok) error(404, 'Not found');
  const headers = new Headers({ 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' });
  for (const name of ['content-type', 'content-length', 'content-disposition']) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(response.body, { status: 200, headers });
}

/** An officer issues one participant's certificate. */
export function issueCertificate(event: TrainingActionEvent) {
  return act('certificate', event, async (data, values) => {
    const { trainingCertificateIssue: answer } = await event.locals.api(TrainingCertificateIssueMutation, {
      input: { registrationId: text(data, 'registrationId') },
    });
    if (answer.userErrors.length > 0 || !answer.certificate) {
      return rejected('certificate', event, values, answer.userErrors, { registrationId: '_form' });
    }
    return {
      form: 'certificate',
      values: {},
      errors: {},
      done: translate(event.locals.locale)(m.certificateIssued, { code: answer.certificate.code }),
    };
  });
}

/** An officer starts the bulk issue of the session's certificates (progress shows on the page). */
export function issueCertificatesInBulk(event: TrainingActionEvent) {
  return act('certificates', event, async (_data, values) => {
    const { trainingCertificateIssueBulk: answer } = await event.locals.api(TrainingCertificateIssueBulkMutation, {
      input: { sessionId: event.params.id ?? '' },
    });
    if (answer.userErrors.length > 0) {
      return rejected('certificates', event, values, answer.userErrors, { sessionId: '_form' });
    }
    return {
      form: 'certificates',
      values: {},
      errors: {},
      done: translate(event.locals.locale)(m.certificatesBulkStarted),
    };
  });
}

/** An officer revokes a certificate, with a reason. */
export function revokeCertificate(event: TrainingActionEvent) {
  return act('revoke', event, async (data, values) => {
    const missing = required(event.locals.locale, data, ['reason']);
    if (Object.keys(missing).length > 0) return invalid('revoke', values, missing);
    const { trainingCertificateRevoke: answer } = await event.locals.api(TrainingCertificateRevokeMutation, {
      input: { certificateId: text(data, 'certificateId'), reason: text(data, 'reason') },
    });
    if (answer.userErrors.length > 0) {
      return rejected('revoke', event, values, answer.userErrors, { certificateId: '_form' });
    }
    return { form: 'revoke', values: {}, errors: {}, done: translate(event.locals.locale)(m.certificateRevoked) };
  });
}
