/**
 * Scoring partner suggestions: pure functions of two party profiles and a time, no database, no clock (the caller
 * passes `now`), so that the same data always gives the same scores and order, and the properties of the ranking are
 * tested with generated profiles (partner-suggestion.scoring.spec.ts). The weights are in partner-suggestion.weights.ts.
 */
import { areNeighbours } from './governorate-adjacency.js';
import {
  ACTIVITY_FULL_DAYS,
  ACTIVITY_NONE_DAYS,
  ADJACENT_SIZE_FRACTION,
  COMPLEMENT_SATURATION,
  NEIGHBOUR_FRACTION,
  SECTOR_SATURATION,
  SUGGESTION_CRITERIA,
  SUGGESTION_WEIGHTS,
  TARGET_GROUP_SATURATION,
  type SuggestionCriterion,
} from './partner-suggestion.weights.js';

export type PartySize = 'SMALL' | 'MEDIUM' | 'LARGE';

/** What scoring knows of a party: codes only (capabilities, target groups, sectors, governorates). */
export interface PartyProfile {
  /** The party's uuid: the tie-break of equal scores, so that pages and cursors are stable. */
  id: string;
  kind: 'Organization' | 'Institution';
  /** Its home governorate first (if any), then those its active listings name. */
  governorates: readonly string[];
  /** Capabilities of its active needs. */
  needs: readonly string[];
  /** Capabilities of its active offers. */
  offers: readonly string[];
  targetGroups: readonly string[];
  sectors: readonly string[];
  size: PartySize | null;
  verified: boolean;
  /** When it last published or updated a need or an offer. */
  lastActiveAt: Date | null;
}

/** Why a criterion scored: the codes behind its reason (rendered in both languages by partner-suggestion.reasons.ts). */
export type SuggestionEvidence =
  | { criterion: 'COMPLEMENT'; theyOffer: string[]; theyNeed: string[] }
  | { criterion: 'TARGET_GROUPS'; shared: string[] }
  | { criterion: 'SECTORS'; shared: string[] }
  | { criterion: 'GEOGRAPHY'; same: string[]; neighbours: [theirs: string, ours: string][] }
  | { criterion: 'SIZE'; ours: PartySize; theirs: PartySize; theirKind: PartyProfile['kind'] }
  | { criterion: 'VERIFICATION'; theirKind: PartyProfile['kind'] }
  | { criterion: 'ACTIVITY'; days: number };

export interface CriterionScore {
  criterion: SuggestionCriterion;
  weight: number;
  /** Whole points, 0 to the weight. */
  points: number;
  /** Set when the criterion scored. */
  evidence: SuggestionEvidence | null;
}

export interface SuggestionScore {
  candidateId: string;
  /** 0 to 100: the sum of the breakdown's points. */
  score: number;
  breakdown: CriterionScore[];
}

const DAY_MS = 86_400_000;

const sortedIntersection = (a: readonly string[], b: readonly string[]): string[] => {
  const other = new Set(b);
  return [...new Set(a)].filter((x) => other.has(x)).sort();
};

const saturating = (count: number, saturation: number): number => Math.min(1, count / saturation);

const sizeRank: Record<PartySize, number> = { SMALL: 0, MEDIUM: 1, LARGE: 2 };

type Fraction = { fraction: number; evidence: SuggestionEvidence | null };

function complement(ours: PartyProfile, theirs: PartyProfile): Fraction {
  const theyOffer = sortedIntersection(ours.needs, theirs.offers);
  const theyNeed = sortedIntersection(theirs.needs, ours.offers);
  const count = theyOffer.length + theyNeed.length;
  return {
    fraction: saturating(count, COMPLEMENT_SATURATION),
    evidence: count > 0 ? { criterion: 'COMPLEMENT', theyOffer, theyNeed } : null,
  };
}

function shared(
  criterion: 'TARGET_GROUPS' | 'SECTORS',
  a: readonly string[],
  b: readonly string[],
  saturation: number,
): Fraction {
  const codes = sortedIntersection(a, b);
  return {
    fraction: saturating(codes.length, saturation),
    evidence: codes.length > 0 ? { criterion, shared: codes } : null,
  };
}

function geography(ours: PartyProfile, theirs: PartyProfile): Fraction {
  const same = sortedIntersection(ours.governorates, theirs.governorates);
  if (same.length > 0) return { fraction: 1, evidence: { criterion: 'GEOGRAPHY', same, neighbours: [] } };
  const neighbours: [string, string][] = [];
  for (const t of [...new Set(theirs.governorates)].sort()) {
    for (const o of [...new Set(ours.governorates)].sort()) if (areNeighbours(t, o)) neighbours.push([t, o]);
  }
  return neighbours.length > 0
    ? { fraction: NEIGHBOUR_FRACTION, evidence: { criterion: 'GEOGRAPHY', same: [], neighbours } }
    : { fraction: 0, evidence: null };
}

function size(ours: PartyProfile, theirs: PartyProfile): Fraction {
  if (!ours.size || !theirs.size) return { fraction: 0, evidence: null };
  const gap = Math.abs(sizeRank[ours.size] - sizeRank[theirs.size]);
  const fraction = gap === 2 ? 1 : gap === 1 ? ADJACENT_SIZE_FRACTION : 0;
  return {
    fraction,
    evidence: fraction > 0 ? { criterion: 'SIZE', ours: ours.size, theirs: theirs.size, theirKind: theirs.kind } : null,
  };
}

function activity(theirs: PartyProfile, now: Date): Fraction {
  if (!theirs.lastActiveAt) return { fraction: 0, evidence: null };
  const days = Math.max(0, Math.floor((now.getTime() - theirs.lastActiveAt.getTime()) / DAY_MS));
  const fraction =
    days <= ACTIVITY_FULL_DAYS
      ? 1
      : days >= ACTIVITY_NONE_DAYS
        ? 0
        : (ACTIVITY_NONE_DAYS - days) / (ACTIVITY_NONE_DAYS - ACTIVITY_FULL_DAYS);
  return { fraction, evidence: fraction > 0 ? { criterion: 'ACTIVITY', days } : null };
}

/** How well `theirs` suits `ours` as a partner, with the points of each criterion and what earned them. */
export function scoreCandidate(ours: PartyProfile, theirs: PartyProfile, now: Date): SuggestionScore {
  const fractions: Record<SuggestionCriterion, Fraction> = {
    COMPLEMENT: complement(ours, theirs),
    TARGET_GROUPS: shared('TARGET_GROUPS', ours.targetGroups, theirs.targetGroups, TARGET_GROUP_SATURATION),
    SECTORS: shared('SECTORS', ours.sectors, theirs.sectors, SECTOR_SATURATION),
    GEOGRAPHY: geography(ours, theirs),
    SIZE: size(ours, theirs),
    VERIFICATION: theirs.verified
      ? { fraction: 1, evidence: { criterion: 'VERIFICATION', theirKind: theirs.kind } }
      : { fraction: 0, evidence: null },
    ACTIVITY: activity(theirs, now),
  };
  const breakdown = SUGGESTION_CRITERIA.map((criterion): CriterionScore => {
    const weight = SUGGESTION_WEIGHTS[criterion];
    const { fraction, evidence } = fractions[criterion];
    const points = Math.round(weight * fraction);
    return { criterion, weight, points, evidence: points > 0 ? evidence : null };
  });
  return { candidateId: theirs.id, score: breakdown.reduce((sum, c) => sum + c.points, 0), breakdown };
}

/** The order of suggestions: higher score first, then by id, so that equal scores keep one order across pages. */
export function compareSuggestions(a: SuggestionScore, b: SuggestionScore): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0;
}

/** Every candidate scored and ranked (the input's order does not matter). */
export function rankCandidates(ours: PartyProfile, candidates: readonly PartyProfile[], now: Date): SuggestionScore[] {
  return candidates
    .filter((c) => c.id !== ours.id)
    .map((c) => scoreCandidate(ours, c, now))
    .sort(compareSuggestions);
}
