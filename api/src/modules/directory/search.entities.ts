/**
 * The directory's search tables. Triggers of the migrations keep them (organization_search from an organisation and
 * its codes, search_word from the words of names and missions); the application only reads them, with the
 * hand-written SQL of organization.search.ts (full-text ranking, facets and typo fallback are beyond the ORM).
 */
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** One organisation as searched: its search vector, sort keys and the codes the facets count. */
@Entity({ tableName: 'organization_search', readonly: true })
export class OrganizationSearchEntity {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', columnType: 'tsvector', hidden: true, lazy: true })
  searchVector!: string;

  @Property({ type: 'text' })
  sortNameAr!: string;

  @Property({ type: 'text' })
  sortNameEn!: string;

  @Property({ type: 'text', nullable: true })
  acronymKey: string | null = null;

  @Property({ type: 'text' })
  governorateCode!: string;

  @Property({ type: 'text' })
  legalFormCode!: string;

  @Property({ type: 'text' })
  verificationState!: string;

  @Property({ type: 'text' })
  status!: string;

  @Property({ type: 'text', nullable: true })
  localityType: string | null = null;

  @Property({ type: 'smallint', nullable: true })
  foundingYear: number | null = null;

  @Property({ type: 'datetime' })
  updatedAt!: Date;

  @Property({ type: 'string[]' })
  targetGroups!: string[];

  @Property({ type: 'string[]' })
  sectors!: string[];
}

/** A word of the directory's names and missions, normalised as searched: the vocabulary typos are matched against. */
@Entity({ tableName: 'search_word', readonly: true })
export class SearchWordEntity {
  @PrimaryKey({ type: 'text' })
  word!: string;
}

/** A word of search_word with one letter left out, pointing to the word: one-letter typos by equality. */
@Entity({ tableName: 'search_word_variant', readonly: true })
export class SearchWordVariantEntity {
  @PrimaryKey({ type: 'text' })
  variant!: string;

  @PrimaryKey({ type: 'text' })
  word!: string;
}

/**
 * How many organisations share one combination of the codes facets count and listings filter by (locality type ''
 * when unknown): the facets of a listing without search read this table, not every search row. Kept by triggers on
 * organization_search.
 */
@Entity({ tableName: 'organization_facet_count', readonly: true })
export class OrganizationFacetCountEntity {
  @PrimaryKey({ type: 'text' })
  governorateCode!: string;

  @PrimaryKey({ type: 'text' })
  legalFormCode!: string;

  @PrimaryKey({ type: 'text' })
  verificationState!: string;

  @PrimaryKey({ type: 'text' })
  status!: string;

  @PrimaryKey({ type: 'text' })
  localityType!: string;

  @PrimaryKey({ type: 'string[]' })
  targetGroups!: string[];

  @PrimaryKey({ type: 'string[]' })
  sectors!: string[];

  @Property({ type: 'integer' })
  n!: number;
}

export const SearchEntities = [
  OrganizationSearchEntity,
  SearchWordEntity,
  SearchWordVariantEntity,
  OrganizationFacetCountEntity,
];
