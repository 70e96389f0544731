import { describe, expect, it } from 'vitest';
import { actionLabel, changeLabel } from './history-labels.js';

describe('the audit trail in words', () => {
  it('names a logo change in both languages, without its file hashes', () => {
    const event = { action: 'ORGANIZATION_LOGO_CHANGED', fromState: null, toState: 'a'.repeat(64) };
    expect(actionLabel(event.action, 'en')).toBe('Logo changed');
    expect(actionLabel('ORGANIZATION_LOGO_REMOVED', 'ar')).toBe('أُزيل الشعار');
    expect(changeLabel(event, 'en')).toBe('');
  });
});
