import { describe, expect, it } from 'vitest';
import { MAX_SLOTS, slotTimes } from './matchmaking.service.js';

describe('slotTimes', () => {
  const start = new Date('2026-12-24T06:00:00Z');
  const hours = (n: number) => new Date(start.getTime() + n * 3_600_000);

  it('cuts the day into back-to-back slots, leaving out a last one that would overrun the end', () => {
    const slots = slotTimes(start, hours(1.5), 25);
    expect(slots.map((s) => s.startsAt.toISOString().slice(11, 16))).toEqual(['06:00', '06:25', '06:50']);
    expect(slots.at(-1)!.endsAt <= hours(1.5)).toBe(true);
    for (let i = 1; i < slots.length; i += 1) expect(slots[i]!.startsAt).toEqual(slots[i - 1]!.endsAt);
  });

  it('gives none for a day shorter than one slot, and stops past the maximum', () => {
    expect(slotTimes(start, hours(0.25), 30)).toEqual([]);
    expect(slotTimes(start, hours(24), 5).length).toBe(MAX_SLOTS + 1);
  });
});
