/** The consent the optional questions are asked under: its text's version (the portal shows it) and its purpose. */
export const DISAGGREGATION_CONSENT_VERSION = '2026-12-1';
export const DISAGGREGATION_CONSENT_PURPOSE =
  "Counting who the programme's training reaches (sex, age band, disability) in statistics with every group under 5 suppressed";
