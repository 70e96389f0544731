import { deserialize } from '$app/forms';
import { AUTOSAVE_HEADER } from '@shabaka/domain-grants';

/**
 * Posts a grants step's form to its own action as an autosave (the same action a save button posts to, so the same
 * mutation): the draft's new version, or null when it was refused or the network failed (the page says it was not
 * saved; a save with the button then shows why).
 */
export async function autosaveForm(form: HTMLFormElement): Promise<number | null> {
  try {
    const response = await fetch(form.action, {
      method: 'POST',
      body: new FormData(form),
      headers: { accept: 'application/json', 'x-sveltekit-action': 'true', [AUTOSAVE_HEADER]: '1' },
    });
    const result = deserialize(await response.text());
    if (result.type !== 'success') return null;
    const version = (result.data as { version?: unknown } | undefined)?.version;
    return typeof version === 'number' ? version : null;
  } catch {
    return null;
  }
}
