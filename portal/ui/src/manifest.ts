import type { Component } from 'svelte';
import type { Execute } from '@shabaka/graphql';
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

/**
 * What a domain shows on an organisation's public page (e.g. partnerships' needs and offers, grants' awards), without
 * the directory importing it: a domain exports its list as `organizationSections`, beside its manifest rather than in
 * it (the manifest is part of every page's JavaScript, since the navigation reads it; these only of the organisation
 * page's), and the shell collects them as it does `workspaceSections`.
 */
export interface OrganizationSection<Data = unknown> {
  /** Stable id, unique across domains (used for the section's anchor). */
  id: string;
  label: Record<Locale, string>;
  /**
   * Server side: the section's data for the organisation; null leaves the section out (nothing to show). Import the
   * queries lazily (`await import(...)`) so that the page's JavaScript does not carry them.
   */
  load: (api: Execute, organization: { id: string; slug: string }) => Promise<Data | null>;
  /** The component that renders the data. */
  component: Component<{ locale: Locale; data: Data }>;
}

/** An organisation section with its data's type checked between `load` and `component`, kept in a list of any. */
export function organizationSection<Data>(section: OrganizationSection<Data>): OrganizationSection {
  return section as unknown as OrganizationSection;
}
