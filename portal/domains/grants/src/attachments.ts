/**
 * An application's attachments (one file per document the call requires, uploaded from the review step without
 * JavaScript), their downloads and the call's guidelines document: the API decides who may read them, the portal
 * relays. And a partner declining to take part (the confirmation page).
 */
import { error, redirect } from '@sveltejs/kit';
import type { ApiFiles } from '@shabaka/graphql';
import { formatFileSize, pagePath, translate, uploadRefusalText } from '@shabaka/ui';
import { act, invalid, text } from '@shabaka/ui/forms';
import { requireViewer } from '@shabaka/ui/viewer';
import type { GrantsActionEvent } from './actions.js';
import { errorMessage, rejected } from './errors.js';
import {
  GrantApplicationPartnerDeclineMutation,
  GrantAttachmentPathQuery,
  GrantGuidelinesPathQuery,
} from './graphql/grants.js';
import type { GrantsEvent } from './loads.js';
import * as m from './paraglide/messages.js';

type FilesEvent<E> = E & { locals: { files: ApiFiles } };

/** The portal's address of an attachment and of a call's guidelines. */
export const attachmentHref = (locale: Parameters<typeof pagePath>[0], uuid: string, attachmentId: string) =>
  pagePath(locale, `grants/applications/${uuid}/attachments/${encodeURIComponent(attachmentId)}`);
export const guidelinesHref = (locale: Parameters<typeof pagePath>[0], callUuid: string) =>
  pagePath(locale, `grants/calls/${callUuid}/guidelines`);

/** Uploads the file for one required document (a PDF, PNG or JPEG), replacing an earlier one. */
export function attachDocument(event: FilesEvent<GrantsActionEvent>) {
  return act('attach', event, async (data, values) => {
    const locale = event.locals.locale;
    const t = translate(locale);
    const documentCode = text(data, 'documentCode');
    const field = `doc-${documentCode}`;
    const file = data.get('file');
    if (!(file instanceof Blob) || file.size === 0)
      return invalid('attach', values, { [field]: t(m.grants_att_no_file) });
    const maxBytes = event.locals.files.maxBytes;
    if (file.size > maxBytes) {
      return invalid('attach', values, {
        [field]: t(m.grants_att_too_large, { size: formatFileSize(maxBytes, locale) }),
      });
    }
    const id = event.params.id ?? '';
    const answer = await event.locals.files.upload(
      `/uploads/grant-attachment?applicationId=${encodeURIComponent(id)}&documentCode=${encodeURIComponent(documentCode)}`,
      file,
      file.type || 'application/octet-stream',
    );
    if (answer.status === 422) {
      const problem = answer.body as { errors?: { message?: string; extensions?: { reason?: string } }[] } | null;
      const first = problem?.errors?.[0];
      const message = errorMessage(
        { field: null, code: first?.extensions?.reason ?? 'NOT_EDITABLE', message: first?.message ?? '' },
        locale,
      );
      return invalid('attach', values, { [field]: message });
    }
    if (answer.status !== 201) {
      return invalid('attach', values, {
        [field]: uploadRefusalText(answer.status, answer.body, locale, 'pdf', maxBytes),
      });
    }
    redirect(303, pagePath(locale, `grants/applications/${id}/review?attached#attachments`));
  });
}

async function relay(event: FilesEvent<GrantsEvent>, path: string | null | undefined, cache: string) {
  if (!path) error(404, 'Not found');
  const response = await event.locals.files.download(path);
  if (!response.ok) error(404, 'Not found');
  const headers = new Headers({ 'cache-control': cache, 'x-content-type-options': 'nosniff' });
  for (const name of ['content-type', 'content-length', 'content-disposition']) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(response.body, { status: 200, headers });
}

/** GET of an attachment, for those who see the application. */
export async function downloadAttachment(event: FilesEvent<GrantsEvent>): Promise<Response> {
  await requireViewer(event);
  const { grantApplication } = await event.locals.api(GrantAttachmentPathQuery, { id: event.params.id ?? '' });
  const wanted = event.params.attachmentId ?? '';
  const path = grantApplication?.attachments.find((a) => a.id === wanted)?.path;
  return relay(event, path, 'private, no-store');
}

/** GET of a call's guidelines document (public once the call is published). */
export async function downloadGuidelines(event: FilesEvent<GrantsEvent>): Promise<Response> {
  const { grantCall } = await event.locals.api(GrantGuidelinesPathQuery, { id: event.params.id ?? '' });
  return relay(event, grantCall?.guidelinesDocument?.path, 'private, max-age=300');
}

/** A partner declines taking part: it leaves the consortium, and its people go back to their applications. */
export async function declinePartner(event: GrantsActionEvent) {
  return act('decline', event, async (data, values) => {
    const answer = await event.locals.api(GrantApplicationPartnerDeclineMutation, {
      input: {
        applicationId: event.params.id ?? '',
        partnerId: text(data, 'partnerId'),
        reason: text(data, 'reason') || null,
      },
    });
    const result = answer.grantApplicationPartnerDecline;
    if (result.userErrors.length > 0 || !result.application) {
      return rejected('decline', event, values, result.userErrors, { partnerId: '_form', applicationId: '_form' });
    }
    redirect(303, pagePath(event.locals.locale, 'grants/mine?declined'));
  });
}
