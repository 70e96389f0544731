import { redirect } from '@sveltejs/kit';
import { preferredLocale } from '$lib/locale';
import type { PageServerLoad } from './$types';

/** The bare domain sends visitors to their language (Arabic unless the browser prefers English). */
export const load: PageServerLoad = ({ request }) => {
  redirect(307, `/${preferredLocale(request.headers.get('accept-language'))}`);
};
