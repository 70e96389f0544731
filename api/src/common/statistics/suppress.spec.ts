import { describe, expect, it } from 'vitest';
import { suppressSmallCount } from './suppress.js';

describe('suppressSmallCount', () => {
  it('withholds 1 to 4 and publishes 0 and 5 or more', () => {
    expect([0, 1, 4, 5, 250].map(suppressSmallCount)).toEqual([
      { value: 0, suppressed: false },
      { value: null, suppressed: true },
      { value: null, suppressed: true },
      { value: 5, suppressed: false },
      { value: 250, suppressed: false },
    ]);
  });
});
