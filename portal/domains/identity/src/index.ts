export { manifest } from './manifest.js';
export * from './loads.js';
export * from './actions.js';
export { default as AccountPage } from './pages/AccountPage.svelte';
export { default as ResetPasswordPage } from './pages/ResetPasswordPage.svelte';
export { default as SignInPage } from './pages/SignInPage.svelte';
export { default as SignUpPage } from './pages/SignUpPage.svelte';
export { default as UndoEmailChangePage } from './pages/UndoEmailChangePage.svelte';
export { default as VerifyEmailPage } from './pages/VerifyEmailPage.svelte';
