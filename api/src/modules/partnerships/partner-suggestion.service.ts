/**
 * Partner suggestions for a party: who may ask, the pool the database preselects, the exact scores (pure, in
 * partner-suggestion.scoring.ts) and a page of them after a cursor that names a score and an id, so that pages do
 * not skip or repeat a suggestion while the data stays the same.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { hasMemberRole, isOfficer, type Viewer } from '../../common/auth/viewer.js';
import { cachedCodeLists } from '../directory/index.js';
import { InstitutionService } from './institution.service.js';
import type { PartyRef } from './listing.service.js';
import { reasonsOf, type NameLookup, type Names } from './partner-suggestion.reasons.js';
import { PartnerSuggestionRepository } from './partner-suggestion.repository.js';
import { compareSuggestions, rankCandidates, type SuggestionScore } from './partner-suggestion.scoring.js';
import type { SuggestionCriterion } from './partner-suggestion.weights.js';
import { cachedCapabilities } from './partnerships.loaders.js';

export interface ExplainedCriterion {
  criterion: SuggestionCriterion;
  weight: number;
  points: number;
  reasons: Names[];
}

export interface ExplainedSuggestion {
  party: PartyRef;
  score: number;
  breakdown: ExplainedCriterion[];
  /** Every criterion's reasons, the heaviest criteria first. */
  reasons: Names[];
}

export interface SuggestionPage {
  suggestions: ExplainedSuggestion[];
  more: boolean;
  totalCount: number;
}

/** Where a page starts: after this score and id (the last suggestion of the previous page). */
export interface SuggestionCursor {
  score: number;
  id: string;
}

export interface SuggestionPageRequest {
  direction: 'forward' | 'backward';
  size: number;
  after?: SuggestionCursor;
  before?: SuggestionCursor;
}

export class PartnerSuggestionService {
  constructor(private readonly em: EntityManager) {}

  /** Members of the party (any role) ask for its suggestions; officers for any party's. */
  async maySee(viewer: Viewer, party: PartyRef): Promise<boolean> {
    if (isOfficer(viewer)) return true;
    if (party.kind === 'Organization') return hasMemberRole(viewer, party.uuid, 'VIEWER');
    return (await new InstitutionService(this.em).roleOf(party.uuid, viewer.userId)) !== undefined;
  }

  /**
   * A page of suggestions for the party, forward after a cursor or backward before one (the ranking is computed
   * whole, at most SUGGESTION_POOL_SIZE long); undefined when the party does not exist.
   */
  async page(party: PartyRef, request: SuggestionPageRequest, now: Date): Promise<SuggestionPage | undefined> {
    const repository = new PartnerSuggestionRepository(this.em);
    const [ours] = await repository.profiles([party]);
    if (!ours) return undefined;
    const pool = await repository.pool(party, ours);
    const kinds = new Map(pool.map((p) => [p.uuid, p.kind]));
    const ranked = rankCandidates(ours, await repository.profiles(pool), now);
    // the first position after a cursor (a cursor sorts before every later suggestion, even one no longer there)
    const positionAfter = (cursor: SuggestionCursor) => {
      const at = ranked.findIndex(
        (s) => compareSuggestions({ candidateId: cursor.id, score: cursor.score, breakdown: [] }, s) < 0,
      );
      return at < 0 ? ranked.length : at;
    };
    const positionOf = (cursor: SuggestionCursor) => {
      const at = ranked.findIndex(
        (s) => compareSuggestions({ candidateId: cursor.id, score: cursor.score, breakdown: [] }, s) <= 0,
      );
      return at < 0 ? ranked.length : at;
    };
    let from: number;
    let to: number;
    let more: boolean;
    if (request.direction === 'forward') {
      from = request.after ? positionAfter(request.after) : 0;
      to = Math.min(ranked.length, from + request.size);
      more = to < ranked.length;
    } else {
      to = request.before ? positionOf(request.before) : ranked.length;
      from = Math.max(0, to - request.size);
      more = from > 0;
    }
    const names = await this.names();
    return {
      suggestions: ranked
        .slice(from, to)
        .map((s) => explain(s, { kind: kinds.get(s.candidateId)!, uuid: s.candidateId }, names)),
      more,
      totalCount: ranked.length,
    };
  }

  private async names(): Promise<NameLookup> {
    const [lists, capabilities] = await Promise.all([cachedCodeLists(this.em), cachedCapabilities(this.em)]);
    const of =
      (map: Map<string, { nameAr: string; nameEn: string }>) =>
      (code: string): Names => {
        const row = map.get(code);
        return { ar: row?.nameAr ?? code, en: row?.nameEn ?? code };
      };
    return {
      capability: of(capabilities),
      targetGroup: of(lists.targetGroups),
      sector: of(lists.sectors),
      governorate: of(lists.governorates),
    };
  }
}

function explain(score: SuggestionScore, party: PartyRef, names: NameLookup): ExplainedSuggestion {
  const breakdown = score.breakdown.map((c) => ({
    criterion: c.criterion,
    weight: c.weight,
    points: c.points,
    reasons: c.evidence ? reasonsOf(c.evidence, names) : [],
  }));
  const reasons = [...breakdown].sort((a, b) => b.points - a.points).flatMap((c) => c.reasons);
  return { party, score: score.score, breakdown, reasons };
}
