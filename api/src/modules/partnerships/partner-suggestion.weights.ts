/**
 * The one place that says how partner suggestions are weighed (issue 15, "ranked partner suggestions that explain
 * themselves"). Each criterion gives a fraction between 0 and 1 (partner-suggestion.scoring.ts), multiplied by its
 * weight and rounded; the score is their sum, 0 to 100. Change a weight here and the scores, the breakdown shown to
 * people and the benchmark follow; the weights must add up to 100 (checked by partner-suggestion.scoring.spec.ts).
 */
export const SUGGESTION_WEIGHTS = {
  /** Their offers meet our needs, or our offers meet theirs: the heart of matchmaking. */
  COMPLEMENT: 40,
  /** Both serve the same target groups (persons with disabilities, refugees, ...). */
  TARGET_GROUPS: 15,
  /** Both work in the same sectors (organisations only: institutions have none). */
  SECTORS: 10,
  /** Both work in the same governorate, or in neighbouring ones (governorate-adjacency.ts). */
  GEOGRAPHY: 15,
  /** A small local organisation with a large professional one (or a public institution). */
  SIZE: 10,
  /** The candidate is verified by the programme (institutions, public bodies, count as verified). */
  VERIFICATION: 5,
  /** The candidate published or updated a need or an offer lately. */
  ACTIVITY: 5,
} as const;

export type SuggestionCriterion = keyof typeof SUGGESTION_WEIGHTS;

/** The order in which the breakdown lists the criteria. */
export const SUGGESTION_CRITERIA: readonly SuggestionCriterion[] = [
  'COMPLEMENT',
  'TARGET_GROUPS',
  'SECTORS',
  'GEOGRAPHY',
  'SIZE',
  'VERIFICATION',
  'ACTIVITY',
];

/** How many matches give a criterion its full weight: one complementary capability gives half, two give all. */
export const COMPLEMENT_SATURATION = 2;
export const TARGET_GROUP_SATURATION = 2;
export const SECTOR_SATURATION = 2;

/** The fraction of the geography weight for a neighbouring governorate (the same one gives all of it). */
export const NEIGHBOUR_FRACTION = 0.6;

/** The fraction of the size weight for a medium organisation with a small or a large one (small with large: all). */
export const ADJACENT_SIZE_FRACTION = 0.5;

/** Activity: full weight for a listing published or updated within this many days, nothing after the second. */
export const ACTIVITY_FULL_DAYS = 30;
export const ACTIVITY_NONE_DAYS = 365;

/**
 * How many candidates the database preselects (by the complement, target groups and geography, the criteria that
 * weigh 70 of 100) before the exact scores are computed: a person reads the first pages, never hundreds.
 */
export const SUGGESTION_POOL_SIZE = 200;
