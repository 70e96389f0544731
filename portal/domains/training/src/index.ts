export { manifest } from './manifest.js';
export * from './loads.js';
export * from './actions.js';
export { default as CataloguePage } from './pages/CataloguePage.svelte';
export { default as CourseFormPage } from './pages/CourseFormPage.svelte';
export { default as MyRegistrationsPage } from './pages/MyRegistrationsPage.svelte';
export { default as RegistrantsPage } from './pages/RegistrantsPage.svelte';
export { default as SessionFormPage } from './pages/SessionFormPage.svelte';
export { default as SessionPage } from './pages/SessionPage.svelte';
