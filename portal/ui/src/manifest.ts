import type { Component } from 'svelte';
import type { Locale } from './i18n.js';

/**
 * What a domain adds to an organisation's workspace (e.g. training's "my registrations", grants' "my
 * applications"), without the workspace importing it: a link to one of the domain's pages, or a component the
 * workspace shows in a section of its own.
 */
export interface WorkspaceSection {
  /** Stable id, unique across domains (used for the section's anchor). */
  id: string;
  label: Record<Locale, string>;
  /** A page under the locale prefix; `{slug}` stands for the organisation's slug ('training/registrations?organization={slug}'). */
  href?: string;
  /** Rendered inside the section, with the organisation the workspace shows. */
  component?: Component<{ locale: Locale; organization: { id: string; slug: string } }>;
}

/** How a domain micro-frontend presents itself to the shell: where it lives and how the navigation names it. */
export interface DomainManifest {
  /** Stable id, also the package suffix (@shabaka/domain-<id>). */
  id: string;
  /** Path under the locale prefix: '' is the home page, 'training' is /ar/training. */
  path: string;
  label: Record<Locale, string>;
  /** Sections the domain adds to every organisation's workspace (the shell collects them from all manifests). */
  workspaceSections?: readonly WorkspaceSection[];
}
