import { describe, expect, it } from 'vitest';
import { formatCertificateCode, newCertificateCode, normalizeCertificateCode } from './certificate-code.js';

describe('certificate codes', () => {
  it('are 12 characters of the unambiguous alphabet, shown in groups of four', () => {
    const code = newCertificateCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(formatCertificateCode(code)).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });

  it('reads typed codes leniently and refuses what cannot be one', () => {
    expect(normalizeCertificateCode(' k7qm-3xh9 pd2a ')).toBe('K7QM3XH9PD2A');
    expect(normalizeCertificateCode('O0IL-0000-0000')).toBe('0011' + '00000000');
    expect(normalizeCertificateCode('K7QM-3XH9-PD2')).toBeNull();
    expect(normalizeCertificateCode('K7QM-3XH9-PD2U')).toBeNull();
  });
});
