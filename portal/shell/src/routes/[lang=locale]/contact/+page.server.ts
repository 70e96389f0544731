import { env } from '$env/dynamic/private';
import type { PageServerLoad } from './$types';

/** The programme's address for questions, personal-data requests and accessibility barriers (CONTACT_EMAIL). */
export const load: PageServerLoad = () => ({
  contactEmail: env.CONTACT_EMAIL || 'contact@shabaka.invalid',
});
