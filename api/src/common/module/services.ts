/**
 * What one API process holds for its modules (Better Auth, the email outbox, the personal-data registry), created
 * once per app on first use and closed when the app stops. A service is named by a typed key, so a module asks for
 * `ctx.services.get(emailOutboxService)` and gets an `EmailOutbox` without the platform listing every service.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import type { Logger } from '../logging/logger.js';

/** What every service is made from. */
export interface ServiceDependencies {
  readonly config: Config;
  readonly orm: MikroORM;
  readonly logger: Logger;
  /** Other services (a service may build on another one). */
  readonly services: Services;
}

export interface ServiceKey<T> {
  readonly name: string;
  /** Makes the service the first time it is asked for; undefined when the platform provides it at start. */
  readonly create?: (dependencies: ServiceDependencies) => T;
}

/** A typed key, with the function that makes its service on first use (or none when the app provides it). */
export function defineService<T>(name: string, create?: (dependencies: ServiceDependencies) => T): ServiceKey<T> {
  return { name, create };
}

interface Closable {
  close(): Promise<void> | void;
}

function isClosable(value: unknown): value is Closable {
  return typeof value === 'object' && value !== null && typeof (value as Closable).close === 'function';
}

export class Services {
  readonly #made = new Map<ServiceKey<unknown>, unknown>();
  readonly #dependencies: Omit<ServiceDependencies, 'services'>;

  constructor(dependencies: Omit<ServiceDependencies, 'services'>) {
    this.#dependencies = dependencies;
  }

  /** Gives `key` a service made by the platform (before anything asks for it). */
  provide<T>(key: ServiceKey<T>, service: T): T {
    if (this.#made.has(key)) throw new Error(`service ${key.name} is already provided`);
    this.#made.set(key, service);
    return service;
  }

  get<T>(key: ServiceKey<T>): T {
    if (this.#made.has(key)) return this.#made.get(key) as T;
    if (!key.create) throw new Error(`service ${key.name} is not provided`);
    const service = key.create({ ...this.#dependencies, services: this });
    this.#made.set(key, service);
    return service;
  }

  /** Closes every service that can be, the latest made first (a service closes before those it built on). */
  async close(): Promise<void> {
    for (const service of [...this.#made.values()].reverse()) {
      if (isClosable(service)) await service.close();
    }
    this.#made.clear();
  }
}
