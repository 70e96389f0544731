import type { Action } from 'svelte/action';
import { enhance } from '$app/forms';

/**
 * SvelteKit's progressive enhancement for the domains' forms: the form is submitted with fetch, the page's data
 * reloads, focus stays; while it runs the form says it is busy (aria-busy), so assistive technology and the browser
 * tests know when the answer has arrived.
 */
export const enhanceForm: Action<HTMLFormElement> = (form) =>
  enhance(form, ({ formElement }) => {
    formElement.setAttribute('aria-busy', 'true');
    return async ({ update }) => {
      try {
        await update();
      } finally {
        formElement.removeAttribute('aria-busy');
      }
    };
  });
