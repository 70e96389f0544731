import { describe, expect, it } from 'vitest';
import { visualRuns } from './certificate.pdf.js';

describe('visualRuns', () => {
  it('keeps an Arabic line as one right-to-left run in logical order (shaping sees the letters as written)', () => {
    expect(visualRuns('شهادة إتمام', 'rtl')).toEqual([{ text: 'شهادة إتمام', rtl: true, start: 0 }]);
  });

  it('puts the runs of a mixed line in visual order, numbers left to right', () => {
    // logical: "من 12 إلى 13" read right to left: the last run in logical order is drawn first (leftmost)
    expect(visualRuns('من 12 إلى 13', 'rtl')).toEqual([
      { text: '13', rtl: false, start: 10 },
      { text: ' إلى ', rtl: true, start: 5 },
      { text: '12', rtl: false, start: 3 },
      { text: 'من ', rtl: true, start: 0 },
    ]);
  });

  it('mirrors brackets in right-to-left text', () => {
    expect(visualRuns('(مستوى)', 'rtl')).toEqual([{ text: ')مستوى(', rtl: true, start: 0 }]);
  });

  it('leaves a left-to-right line as it is', () => {
    expect(visualRuns('Certificate of completion', 'ltr')).toEqual([
      { text: 'Certificate of completion', rtl: false, start: 0 },
    ]);
  });
});
