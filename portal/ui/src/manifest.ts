import type { Locale } from './i18n.js';

/** How a domain micro-frontend presents itself to the shell: where it lives and how the navigation names it. */
export interface DomainManifest {
  /** Stable id, also the package suffix (@shabaka/domain-<id>). */
  id: string;
  /** Path under the locale prefix: '' is the home page, 'training' is /ar/training. */
  path: string;
  label: Record<Locale, string>;
}
