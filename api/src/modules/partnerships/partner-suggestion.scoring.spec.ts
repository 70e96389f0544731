import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GOVERNORATE_CODES } from './governorate-adjacency.js';
import { compareSuggestions, rankCandidates, scoreCandidate, type PartyProfile } from './partner-suggestion.scoring.js';
import { SUGGESTION_CRITERIA, SUGGESTION_WEIGHTS } from './partner-suggestion.weights.js';

const NOW = new Date('2026-12-03T08:00:00Z');
const CAPABILITIES = ['MONITORING_EVALUATION', 'FINANCIAL_MANAGEMENT', 'VOLUNTEERS', 'VENUE', 'LEGAL_SUPPORT'];
const GROUPS = ['PWD', 'REFUGEES', 'WOMEN', 'YOUTH', 'CHILDREN', 'ELDERLY'];
const SECTORS = ['HEALTH', 'EDUCATION', 'LIVELIHOODS', 'PROTECTION'];

const codes = (from: string[]) => fc.uniqueArray(fc.constantFrom(...from), { maxLength: from.length });

const profile: fc.Arbitrary<PartyProfile> = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom('Organization' as const, 'Institution' as const),
  governorates: codes([...GOVERNORATE_CODES]),
  needs: codes(CAPABILITIES),
  offers: codes(CAPABILITIES),
  targetGroups: codes(GROUPS),
  sectors: codes(SECTORS),
  size: fc.constantFrom('SMALL' as const, 'MEDIUM' as const, 'LARGE' as const, null),
  verified: fc.boolean(),
  lastActiveAt: fc.option(
    fc.integer({ min: 0, max: 800 }).map((days) => new Date(NOW.getTime() - days * 86_400_000)),
    { nil: null },
  ),
});

const score = (a: PartyProfile, b: PartyProfile) => scoreCandidate(a, b, NOW).score;
const points = (a: PartyProfile, b: PartyProfile, criterion: string) =>
  scoreCandidate(a, b, NOW).breakdown.find((c) => c.criterion === criterion)!.points;

describe('partner suggestion scoring', () => {
  it('has weights that add up to 100, one per criterion', () => {
    expect(Object.values(SUGGESTION_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    expect([...SUGGESTION_CRITERIA].sort()).toEqual(Object.keys(SUGGESTION_WEIGHTS).sort());
  });

  it('stays within bounds: each criterion between 0 and its weight, the score between 0 and 100 and their sum', () => {
    fc.assert(
      fc.property(profile, profile, (a, b) => {
        const result = scoreCandidate(a, b, NOW);
        for (const c of result.breakdown) {
          expect(c.points).toBeGreaterThanOrEqual(0);
          expect(c.points).toBeLessThanOrEqual(c.weight);
          expect(Number.isInteger(c.points)).toBe(true);
          expect(c.evidence === null).toBe(c.points === 0);
        }
        expect(result.score).toBe(result.breakdown.reduce((s, c) => s + c.points, 0));
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('reaches 100 for a perfect partner and 0 for a stranger', () => {
    const small: PartyProfile = {
      id: '00000000-0000-4000-8000-000000000001',
      kind: 'Organization',
      governorates: ['JO-MA'],
      needs: ['MONITORING_EVALUATION', 'FINANCIAL_MANAGEMENT'],
      offers: ['VOLUNTEERS'],
      targetGroups: ['PWD', 'REFUGEES'],
      sectors: ['HEALTH', 'PROTECTION'],
      size: 'SMALL',
      verified: true,
      lastActiveAt: NOW,
    };
    const large = { ...small, id: '00000000-0000-4000-8000-000000000002', needs: ['VOLUNTEERS'], offers: small.needs };
    expect(score(small, { ...large, size: 'LARGE' })).toBe(100);
    const stranger: PartyProfile = {
      ...large,
      governorates: ['JO-AQ'],
      needs: [],
      offers: [],
      targetGroups: [],
      sectors: [],
      size: 'SMALL',
      verified: false,
      lastActiveAt: null,
    };
    expect(score(small, stranger)).toBe(0);
  });

  it('is symmetric in what both sides share (everything but the candidate-only verification and activity)', () => {
    const symmetricPart = (a: PartyProfile, b: PartyProfile) =>
      scoreCandidate(a, b, NOW)
        .breakdown.filter((c) => c.criterion !== 'VERIFICATION' && c.criterion !== 'ACTIVITY')
        .map((c) => c.points);
    fc.assert(
      fc.property(profile, profile, (a, b) => {
        expect(symmetricPart(a, b)).toEqual(symmetricPart(b, a));
      }),
    );
  });

  it('never lowers a score when a shared target group, sector or governorate is added', () => {
    fc.assert(
      fc.property(
        profile,
        profile,
        fc.constantFrom(...GROUPS),
        fc.constantFrom(...SECTORS),
        fc.constantFrom(...GOVERNORATE_CODES),
        (a, b, group, sector, governorate) => {
          const before = score(a, b);
          const withGroup = { ...a, targetGroups: [...new Set([...a.targetGroups, group])] };
          expect(
            score(withGroup, { ...b, targetGroups: [...new Set([...b.targetGroups, group])] }),
          ).toBeGreaterThanOrEqual(before);
          expect(
            score(
              { ...a, sectors: [...new Set([...a.sectors, sector])] },
              { ...b, sectors: [...new Set([...b.sectors, sector])] },
            ),
          ).toBeGreaterThanOrEqual(before);
          expect(
            score(a, { ...b, governorates: [...new Set([...b.governorates, governorate])] }),
          ).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });

  it('never lowers a score when the candidate offers more, needs what we offer, is verified or active more lately', () => {
    fc.assert(
      fc.property(
        profile,
        profile,
        fc.constantFrom(...CAPABILITIES),
        fc.integer({ min: 0, max: 400 }),
        (a, b, cap, days) => {
          const before = score(a, b);
          expect(score(a, { ...b, offers: [...new Set([...b.offers, cap])] })).toBeGreaterThanOrEqual(before);
          expect(score(a, { ...b, needs: [...new Set([...b.needs, cap])] })).toBeGreaterThanOrEqual(before);
          expect(score(a, { ...b, verified: true })).toBeGreaterThanOrEqual(before);
          const later = new Date((b.lastActiveAt ?? new Date(0)).getTime() + days * 86_400_000);
          expect(score(a, { ...b, lastActiveAt: later > NOW ? NOW : later })).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });

  it('ranks a candidate that meets a need above the same candidate without it', () => {
    fc.assert(
      fc.property(profile, profile, fc.constantFrom(...CAPABILITIES), (a, b, cap) => {
        const ours = { ...a, needs: [cap], offers: [] };
        const stranger = { ...b, offers: [], needs: [] };
        expect(score(ours, { ...stranger, offers: [cap] })).toBeGreaterThan(score(ours, stranger));
      }),
    );
  });

  it('is deterministic and ranks the same whatever the order of the candidates, ties broken by id', () => {
    fc.assert(
      fc.property(profile, fc.array(profile, { maxLength: 30 }), fc.integer(), (ours, candidates, seed) => {
        const ranked = rankCandidates(ours, candidates, NOW);
        const shuffled = [...candidates].sort((x, y) => (x.id + seed).localeCompare(y.id + seed));
        expect(rankCandidates(ours, shuffled, NOW)).toEqual(ranked);
        expect(rankCandidates(ours, candidates, NOW)).toEqual(ranked);
        for (let i = 1; i < ranked.length; i++) {
          expect(compareSuggestions(ranked[i - 1]!, ranked[i]!)).toBeLessThanOrEqual(0);
          if (ranked[i - 1]!.score === ranked[i]!.score) {
            expect(ranked[i - 1]!.candidateId <= ranked[i]!.candidateId).toBe(true);
          }
        }
      }),
    );
  });

  it('never suggests a party to itself', () => {
    fc.assert(
      fc.property(profile, fc.array(profile), (ours, others) => {
        expect(rankCandidates(ours, [...others, ours], NOW).some((s) => s.candidateId === ours.id)).toBe(false);
      }),
    );
  });

  it('counts a neighbouring governorate less than the same one, and a far one not at all', () => {
    const base: PartyProfile = {
      id: 'a',
      kind: 'Organization',
      governorates: ['JO-MA'],
      needs: [],
      offers: [],
      targetGroups: [],
      sectors: [],
      size: null,
      verified: false,
      lastActiveAt: null,
    };
    const same = points(base, { ...base, id: 'b' }, 'GEOGRAPHY');
    const next = points(base, { ...base, id: 'c', governorates: ['JO-IR'] }, 'GEOGRAPHY');
    const far = points(base, { ...base, id: 'd', governorates: ['JO-AQ'] }, 'GEOGRAPHY');
    expect(same).toBeGreaterThan(next);
    expect(next).toBeGreaterThan(far);
    expect(far).toBe(0);
  });
});
