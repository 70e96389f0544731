import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';

describe('passwordProblem', () => {
  it('accepts a long passphrase without composition rules', () => {
    expect(passwordProblem('olive trees by the dead sea')).toBeNull();
    expect(passwordProblem('زيتون البلقاء الأخضر')).toBeNull();
  });

  it('refuses short, repeated, sequential and common passwords', () => {
    expect(passwordProblem('short pass')).toBe('must be at least 12 characters');
    expect(passwordProblem('aaaaaaaaaaaaaa')).toBe('is a repeated character');
    expect(passwordProblem('1234567890123')).toBe('is a keyboard or number sequence');
    expect(passwordProblem('qwertyuiopasd')).toBe('is a keyboard or number sequence');
    expect(passwordProblem('P@ssw0rd12345')).toBe('is a commonly used password');
    expect(passwordProblem('shabaka2026!!')).toBe('is a commonly used password');
  });

  it("refuses the person's own email or name", () => {
    expect(passwordProblem('rania.haddad-1990', { email: 'rania.haddad@example.org' })).toBe(
      'must not contain your email address',
    );
    expect(passwordProblem('my name is Rania Haddad', { name: 'Rania Haddad' })).toBe('must not contain your name');
  });
});

describe('argon2id hashes', () => {
  it('verifies the password it hashed, at the OWASP parameters, and nothing else', async () => {
    const stored = await hashPassword('olive trees by the dead sea');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword({ hash: stored, password: 'olive trees by the dead sea' })).toBe(true);
    expect(await verifyPassword({ hash: stored, password: 'olive trees by the red sea' })).toBe(false);
    expect(await verifyPassword({ hash: 'not-a-hash', password: 'x' })).toBe(false);
  });
});
