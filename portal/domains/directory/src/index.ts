export { manifest } from './manifest.js';
export {
  loadDirectory,
  loadHome,
  loadOpenData,
  loadOrganization,
  type DirectoryData,
  type DomainLoadEvent,
  type HomeData,
  type OpenDataData,
  type OrganizationData,
} from './loads.js';
export { default as DirectoryPage } from './pages/DirectoryPage.svelte';
export { default as HomePage } from './pages/HomePage.svelte';
export { default as OpenDataPage } from './pages/OpenDataPage.svelte';
export { default as OrganizationPage } from './pages/OrganizationPage.svelte';
