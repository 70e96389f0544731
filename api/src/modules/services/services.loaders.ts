import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy } from '../../common/dataloader/group-by.js';
import {
  ServiceCategoryEntity,
  ServiceEntity,
  ServiceHoursEntity,
  ServiceLocationEntity,
} from './services.entities.js';

export interface CategoryRow {
  code: string;
  nameAr: string;
  nameEn: string;
}

/** The category list changes only through migrations: each process keeps it a few minutes per database. */
const CATEGORIES_TTL_MS = 5 * 60_000;
const categoryCache = new Map<string, { at: number; categories: Promise<Map<string, CategoryRow>> }>();

export function cachedServiceCategories(em: EntityManager): Promise<Map<string, CategoryRow>> {
  const database = String(em.config.get('clientUrl'));
  const cached = categoryCache.get(database);
  if (cached && Date.now() - cached.at < CATEGORIES_TTL_MS) return cached.categories;
  const categories = em
    .fork()
    .find(ServiceCategoryEntity, {}, { orderBy: { position: 'asc' } })
    .then((rows) => new Map(rows.map((r) => [r.code, { code: r.code, nameAr: r.nameAr, nameEn: r.nameEn }])));
  categoryCache.set(database, { at: Date.now(), categories });
  void categories.catch(() => categoryCache.delete(database));
  return categories;
}

/** The services module's per-request loaders: one statement per kind of nested list, whatever the page size. */
export function servicesLoaders(em: EntityManager) {
  return {
    serviceById: new DataLoader<string, ServiceEntity | null>(async (ids) => {
      const rows = await em.find(ServiceEntity, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    locationsByServiceId: new DataLoader<string, ServiceLocationEntity[]>(async (ids) => {
      const rows = await em.find(
        ServiceLocationEntity,
        { serviceId: { $in: [...ids] } },
        { orderBy: { serviceId: 'asc', createdAt: 'asc', id: 'asc' } },
      );
      return groupBy(ids, rows, (r) => r.serviceId);
    }),
    hoursByServiceId: new DataLoader<string, ServiceHoursEntity[]>(async (ids) => {
      const rows = await em.find(
        ServiceHoursEntity,
        { serviceId: { $in: [...ids] } },
        { orderBy: { serviceId: 'asc', weekday: 'asc', opensAt: 'asc' } },
      );
      return groupBy(ids, rows, (r) => r.serviceId);
    }),
    servicesByOrganizationId: new DataLoader<string, ServiceEntity[]>(async (ids) => {
      const rows = await em.find(
        ServiceEntity,
        { organizationId: { $in: [...ids] } },
        { orderBy: { organizationId: 'asc', nameAr: 'asc', id: 'asc' } },
      );
      return groupBy(ids, rows, (r) => r.organizationId);
    }),
  };
}
