import type { Action } from 'svelte/action';
import { enhance } from '$app/forms';

/**
 * SvelteKit's progressive enhancement for the domains' forms: the form is submitted with fetch, the page's data
 * reloads, focus stays; while it runs the form says it is busy (aria-busy), so assistive technology and the browser
 * tests know when the answer has arrived. After a success SvelteKit resets the form before the data reloads: fields
 * go back to their defaults, so the shared fields (TextField, checkboxes) carry the server's value as their default
 * (defaultValue, defaultChecked); a form meant to clear after sending renders an empty default.
 */
export const enhanceForm: Action<HTMLFormElement> = (form) => {
  // says the form now submits with fetch (browser tests wait for it before they type)
  form.dataset.enhanced = '';
  return enhance(form, ({ formElement }) => {
    formElement.setAttribute('aria-busy', 'true');
    return async ({ update }) => {
      try {
        await update();
      } finally {
        formElement.removeAttribute('aria-busy');
      }
    };
  });
};
