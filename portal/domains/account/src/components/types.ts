import type { Action } from 'svelte/action';

/** SvelteKit's `enhance` for forms, passed in by the shell (a domain never imports $app). */
export type Enhance = Action<HTMLFormElement>;
export const noEnhance: Enhance = () => {};
