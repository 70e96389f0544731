/** What the challenge tests share: challenges written fast (published and taking ideas unless said), ideas. */
import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../../../src/common/relay/global-id.js';
import type { TestApi } from '../../../support/api.js';

const DAY = 24 * 3_600_000;

export interface ChallengeRow {
  uuid: string;
  id: string;
}

export async function insertChallenge(
  api: TestApi,
  fields: Partial<{ status: 'DRAFT' | 'PUBLISHED'; opensInDays: number; closesInDays: number }> = {},
): Promise<ChallengeRow> {
  const uuid = randomUUID();
  const opens = fields.opensInDays ?? -5;
  const closes = fields.closesInDays ?? 20;
  await api.orm.em
    .getKnex()('innovation_challenge')
    .insert({
      id: uuid,
      title_en: 'Reaching persons with disabilities in rural Ma’an',
      title_ar: 'الوصول إلى الأشخاص ذوي الإعاقة في أرياف معان',
      problem_en: 'Home-based services do not reach remote villages.',
      owner_kind: 'PROGRAMME',
      governorate_codes: ['JO-MN'],
      ideas_open_at: new Date(Date.now() + opens * DAY),
      ideas_close_at: new Date(Date.now() + closes * DAY),
      shortlist_due_at: new Date(Date.now() + (closes + 30) * DAY),
      status: fields.status ?? 'PUBLISHED',
      published_at: fields.status === 'DRAFT' ? null : new Date(),
    });
  return { uuid, id: toGlobalId('InnovationChallenge', uuid) };
}

/** An idea written straight to the table. */
export async function insertIdea(
  api: TestApi,
  challenge: ChallengeRow,
  organizationUuid: string,
  stage = 'SUBMITTED',
): Promise<{ uuid: string; id: string }> {
  const uuid = randomUUID();
  await api.orm.em.getKnex()('innovation_idea').insert({
    id: uuid,
    challenge_id: challenge.uuid,
    organization_id: organizationUuid,
    title_en: 'Mobile therapy vans',
    summary_en: 'Therapists visit villages weekly.',
    stage,
  });
  return { uuid, id: toGlobalId('InnovationIdea', uuid) };
}

export const IDEA =
  'idea { id uuid stage version stageNote pilotGrantApplicationId lessons { en } organization { id } }';
