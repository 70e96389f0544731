import { describe, expect, it } from 'vitest';
import { threeSixtyGivingValidators } from '../support/three-sixty-giving.js';

describe('the vendored 360Giving Data Standard schema', () => {
  const validators = threeSixtyGivingValidators();
  const grant = {
    id: '360G-JO-MSD-example-1',
    title: 'Community rehabilitation in Ajloun',
    description: 'A day centre for children with disabilities.',
    currency: 'EUR',
    amountAwarded: 45000,
    awardDate: '2027-01-15',
    recipientOrganization: [{ id: 'JO-MSD-1234', name: 'Ajloun Society' }],
    fundingOrganization: [{ id: 'XI-EORI-EXAMPLE', name: 'Programme' }],
  };

  it('accepts a grant with the required fields, alone and in a package', () => {
    // then
    expect(validators.errorsOf(validators.grant, grant)).toEqual([]);
    expect(validators.errorsOf(validators.package, { grants: [grant], version: '1.4' })).toEqual([]);
  });

  it('refuses a grant without a recipient, a grant with an unknown currency and an empty package', () => {
    // given
    const { recipientOrganization: _, ...noRecipient } = grant;
    // then
    expect(validators.errorsOf(validators.grant, noRecipient)).not.toEqual([]);
    expect(validators.errorsOf(validators.grant, { ...grant, currency: 'EURO' })).not.toEqual([]);
    expect(validators.errorsOf(validators.package, { grants: [] })).not.toEqual([]);
  });
});
