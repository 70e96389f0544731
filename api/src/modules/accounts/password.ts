/**
 * Passwords: argon2id at OWASP's minimum (19 MiB, 2 iterations, 1 lane), and NIST SP 800-63B's rules for what a
 * person may choose: at least 12 characters, no composition rules, refused when it is a common or breached pattern
 * or made of the person's own email or name.
 */
import { hash, verify, type Algorithm } from '@node-rs/argon2';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

// Algorithm is a const enum (not importable as a value with isolatedModules): 2 is Argon2id
const ARGON2ID = 2 as Algorithm.Argon2id;
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    // not an argon2 hash: never a match
    return false;
  }
}

/**
 * Passwords seen first in breach corpora and their obvious variants; checked after folding case, digits-as-letters
 * and repetition, so "P@ssw0rd12345" is refused with "password".
 */
const COMMON = [
  'password',
  'passw0rd',
  'qwerty',
  'azerty',
  'letmein',
  'welcome',
  'iloveyou',
  'admin',
  'administrator',
  'monkey',
  'dragon',
  'football',
  'baseball',
  'sunshine',
  'princess',
  'shabaka',
  'jordan',
  'amman',
  'changeme',
  'secret',
];

function fold(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[@4]/g, 'a')
    .replace(/3/g, 'e')
    .replace(/[1!|]/g, 'i')
    .replace(/0/g, 'o')
    .replace(/[$5]/g, 's')
    .replace(/7/g, 't');
}

/** The problem with a chosen password, or null when it is acceptable. */
export function passwordProblem(password: string, person: { email?: string; name?: string } = {}): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (new Set(password).size <= 2) return 'is a repeated character';
  if (isSequence(password)) return 'is a keyboard or number sequence';
  const folded = fold(password).replace(/[^\p{L}\p{N}]/gu, '');
  // "P@ssw0rd2026!" is "password" with a year and a symbol: strip what surrounds the letters, then fold the rest
  const stripped = fold(password.replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}]+$/u, '')).replace(/[^\p{L}\p{N}]/gu, '');
  for (const word of COMMON) {
    if (stripped === word || folded === word || (stripped.length <= word.length + 4 && stripped.includes(word))) {
      return 'is a commonly used password';
    }
  }
  const local = person.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && folded.includes(fold(local).replace(/[^\p{L}\p{N}]/gu, ''))) {
    return 'must not contain your email address';
  }
  const name = person.name ? fold(person.name).replace(/[^\p{L}\p{N}]/gu, '') : '';
  if (name.length >= 4 && folded.includes(name)) return 'must not contain your name';
  return null;
}

function isSequence(password: string): boolean {
  const rows = ['0123456789012345678901234567890', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm'];
  const lower = password.toLowerCase();
  return rows.some((row) => row.includes(lower) || [...row].reverse().join('').includes(lower));
}
