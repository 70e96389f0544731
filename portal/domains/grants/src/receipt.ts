/** The receipt PDF of a submitted application: the API decides who may read it, the portal relays it. */
import { error, redirect } from '@sveltejs/kit';
import { pagePath, type Locale } from '@shabaka/ui';
import { requireViewer } from '@shabaka/ui/viewer';
import type { GrantsEvent } from './loads.js';

/** The portal's address of an application's receipt PDF. */
export const receiptHref = (locale: Locale, uuid: string): string =>
  pagePath(locale, `grants/applications/${uuid}/receipt.pdf`);

/** GET of the receipt PDF for those who see the application (a draft, or anyone else: 404). */
export async function downloadReceipt(
  event: GrantsEvent & { locals: { files: { download(path: string): Promise<Response> } } },
): Promise<Response> {
  await requireViewer(event);
  const id = event.params.id ?? '';
  if (!/^[0-9a-f-]{36}$/.test(id)) error(404, 'Not found');
  const response = await event.locals.files.download(`/grant-applications/${id}/receipt.pdf`);
  if (response.status === 401) redirect(303, pagePath(event.locals.locale, 'account/sign-in'));
  if (!response.ok) error(404, 'Not found');
  const headers = new Headers({ 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' });
  for (const name of ['content-type', 'content-length', 'content-disposition']) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(response.body, { status: 200, headers });
}
