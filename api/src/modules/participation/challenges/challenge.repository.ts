import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlRows } from '../../../database/sql.js';

/** The queries on challenges and their ideas that the ORM does not express. */
export class ChallengeRepository {
  constructor(private readonly em: EntityManager) {}

  /** How many ideas of published challenges stand at each stage (stages without any are left out). */
  async ideasPerStage(): Promise<Map<string, number>> {
    // hand-written SQL: an aggregate over ideas joined to their challenge's status
    const rows = await sqlRows<{ stage: string; n: number }>(
      this.em,
      `select i.stage, count(*)::int as n from innovation_idea i
       join innovation_challenge c on c.id = i.challenge_id and c.status = 'PUBLISHED' group by i.stage`,
      [],
    );
    return new Map(rows.map((r) => [r.stage, r.n]));
  }
}
