import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { TrainingCertificateEntity } from './certificate.entities.js';

/** The certificates' per-request loaders. */
export function certificateLoaders(em: EntityManager) {
  return {
    byRegistrationId: new DataLoader<string, TrainingCertificateEntity | null>(async (ids) => {
      const rows = await em.find(TrainingCertificateEntity, { registrationId: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.registrationId, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
