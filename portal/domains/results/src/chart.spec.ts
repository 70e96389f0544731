import { describe, expect, it } from 'vitest';
import { CHART, barChart, progressPercent } from './chart.js';

describe('barChart', () => {
  it('scales the bars to the largest value, leaves a suppressed quarter without a bar', () => {
    const chart = barChart([
      { label: '2026-Q2', value: 10 },
      { label: '2026-Q3', value: null },
      { label: '2026-Q4', value: 5 },
    ]);
    const full = chart.axisY - CHART.top;
    expect(chart.max).toBe(10);
    expect(chart.bars.map((b) => b.height)).toEqual([full, 0, Math.round(full / 2)]);
    expect(chart.bars.every((b) => b.y + b.height === chart.axisY)).toBe(true);
    expect(chart.bars[0]!.x).toBeLessThan(chart.bars[1]!.x);
    expect(chart.bars.at(-1)!.x + chart.bars.at(-1)!.width).toBeLessThanOrEqual(CHART.width);
  });

  it('draws zero everywhere without dividing by zero', () => {
    expect(barChart([{ label: 'Q', value: 0 }]).bars[0]!.height).toBe(0);
    expect(barChart([]).bars).toEqual([]);
  });
});

describe('progressPercent', () => {
  it('is the share of the target reached, capped at 100', () => {
    expect(progressPercent(7, 250)).toBe(3);
    expect(progressPercent(300, 250)).toBe(100);
    expect(progressPercent(null, 250)).toBeNull();
    expect(progressPercent(7, null)).toBeNull();
  });
});
