/**
 * The DataLoaders of one request, made on first use: a module names its loaders by the function that makes them
 * (`ctx.loaders.of(organizationLoaders).byId.load(id)`), so each request batches and caches its own lookups, and no
 * list of every module's loaders is kept anywhere.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

/** Makes a module's loaders for one request, on that request's EntityManager. */
export type LoaderFactory<T> = (em: EntityManager) => T;

export class RequestLoaders {
  readonly #made = new Map<LoaderFactory<unknown>, unknown>();
  readonly #em: EntityManager;

  constructor(em: EntityManager) {
    this.#em = em;
  }

  of<T>(factory: LoaderFactory<T>): T {
    if (!this.#made.has(factory)) this.#made.set(factory, factory(this.#em));
    return this.#made.get(factory) as T;
  }
}
