import type { Action } from 'svelte/action';
import type { FormState } from '../forms/state.js';
import type { Locale } from '../i18n.js';

/** SvelteKit's `enhance` for forms, passed in by the shell (a domain never imports $app). */
export type Enhance = Action<HTMLFormElement>;
export const noEnhance: Enhance = () => {};

/** The props the shell gives a domain's page that holds forms: its load's data, the language, the action's answer. */
export interface FormPageProps<Data> {
  data: Data;
  locale: Locale;
  form: FormState | null;
  enhance?: Enhance;
}
