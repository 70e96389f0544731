import { translate, type Locale } from '@shabaka/ui';
import * as m from './paraglide/messages.js';

/** The question asked before leaving an application with unsaved changes. */
export function unsavedWarning(locale: Locale): string {
  return translate(locale)(m.grpUnsavedWarning);
}
