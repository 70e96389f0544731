/**
 * The design tokens' colour pairs meet WCAG 2.2 AA: 4.5:1 for text, 3:1 for large text, controls and focus. This is
 * the proof for Arabic pages, whose contrast axe-core cannot check (it skips joined Arabic letters).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast.js';

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');
const tokens = Object.fromEntries(
  [...css.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]),
);
const token = (name: string): string => {
  const value = tokens[name];
  if (!value) throw new Error(`no colour token --${name}`);
  return value;
};

/** [foreground, background, minimum] as the components use them. */
const TEXT_PAIRS: [string, string][] = [
  ['color-text', 'color-background'],
  ['color-text', 'color-surface'],
  ['color-text-muted', 'color-background'],
  ['color-text-muted', 'color-surface'],
  ['color-link', 'color-background'],
  ['color-link', 'color-surface'],
  ['color-primary-contrast', 'color-primary'],
  ['color-primary', 'color-background'],
  ['color-danger', 'color-danger-surface'],
  ['color-danger', 'color-background'],
  ['color-success', 'color-success-surface'],
  ['color-warning', 'color-warning-surface'],
  ['color-text', 'color-info-surface'],
  ['color-text', 'color-highlight'],
  ['color-text', 'color-warning-surface'],
  // the governorate map: dark labels on the three light steps, white on the two dark ones
  ['color-text', 'map-0'],
  ['color-text', 'map-1'],
  ['color-text', 'map-2'],
  ['color-primary-contrast', 'map-3'],
  ['color-primary-contrast', 'map-4'],
];
const NON_TEXT_PAIRS: [string, string][] = [
  ['color-focus', 'color-background'],
  ['color-focus-on-primary', 'color-primary'],
  ['color-text-muted', 'color-background'], // input borders
];

describe('design tokens', () => {
  it('compute contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each(TEXT_PAIRS)('text %s on %s reaches 4.5:1', (foreground, background) => {
    expect(contrastRatio(token(foreground), token(background))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(NON_TEXT_PAIRS)('control %s on %s reaches 3:1', (foreground, background) => {
    expect(contrastRatio(token(foreground), token(background))).toBeGreaterThanOrEqual(3);
  });
});
