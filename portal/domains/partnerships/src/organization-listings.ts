/** The data of the organisation page's needs and offers section (loaded lazily by the manifest). */
export { loadOrganizationListings } from './loads.js';
export { loadOrganizationPartnerships } from './partnership-loads.js';
