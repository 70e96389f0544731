/**
 * Verification codes: 12 characters of Crockford's base32 (no I, L, O or U: nothing to misread), 60 random bits,
 * shown in three groups of four (`K7QM-3XH9-PD2A`). Typed codes are read leniently: any case, spaces or dashes, and
 * the letters people confuse with digits (O for 0, I and L for 1).
 */
import { randomInt } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 12;

/** A new random code, as stored (no dashes). */
export function newCertificateCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** The code as people read it: `K7QM-3XH9-PD2A`. */
export function formatCertificateCode(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}

/** The stored form of a typed code, or null when it cannot be one. */
export function normalizeCertificateCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== CODE_LENGTH) return null;
  for (const c of code) if (!ALPHABET.includes(c)) return null;
  return code;
}
