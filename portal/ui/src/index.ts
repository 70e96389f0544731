export * from './i18n.js';
export { default as Card } from './components/Card.svelte';
export { default as FactList } from './components/FactList.svelte';
export { default as Notice } from './components/Notice.svelte';
export type { DomainManifest } from './manifest.js';
export { default as TextField } from './components/TextField.svelte';
export { default as FormMessage } from './components/FormMessage.svelte';
export { default as SelectField } from './components/SelectField.svelte';
export type { FieldErrors, FormState, UserError } from './forms/state.js';
