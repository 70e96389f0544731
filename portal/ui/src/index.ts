export * from './i18n.js';
export { default as Card } from './components/Card.svelte';
export { default as FactList } from './components/FactList.svelte';
export { default as Notice } from './components/Notice.svelte';
export {
  organizationSection,
  type DomainManifest,
  type OrganizationSection,
  type WorkspaceSection,
} from './manifest.js';
export { default as TextField } from './components/TextField.svelte';
export { default as FormMessage } from './components/FormMessage.svelte';
export { default as SelectField } from './components/SelectField.svelte';
export type { FieldErrors, FormState, UserError } from './forms/state.js';
export type { Viewer, ViewerEvent, ViewerLocals, ViewerMembership } from './viewer.js';
export { default as PageHeader } from './components/PageHeader.svelte';
export { default as FormErrors } from './components/FormErrors.svelte';
export { noEnhance, type Enhance, type FormPageProps } from './components/types.js';
export { memberRoleMessage, platformRoleMessage, stateMessage } from './labels.js';
export { default as WorkspaceSections } from './components/WorkspaceSections.svelte';
export { default as OrganizationSections } from './components/OrganizationSections.svelte';
export { uploadRefusalText, type UploadKind } from './upload-errors.js';
