import { resetDelivery, resetIdentifier } from './password-reset';

describe('resetIdentifier', () => {
  it('normalizes an email or a Vietnamese phone number', () => {
    expect(resetIdentifier({ email: ' Lan@Example.COM ' })).toEqual({ email: 'lan@example.com' });
    expect(resetIdentifier({ phone: '0901 234 567' })).toEqual({ phone: '+84901234567' });
  });

  it('wants exactly one well-formed identifier', () => {
    expect(resetIdentifier({})).toMatchObject({ kind: 'InvalidInput', field: 'email' });
    expect(resetIdentifier({ email: 'a@b.co', phone: '+84901234567' })).toMatchObject({
      kind: 'InvalidInput',
    });
    expect(resetIdentifier({ email: 'lan@' })).toMatchObject({ field: 'email' });
    expect(resetIdentifier({ phone: '12' })).toMatchObject({ field: 'phone' });
  });
});

describe('resetDelivery', () => {
  it('sends by email or SMS to the identifier itself', () => {
    expect(resetDelivery({ email: 'a@b.co' })).toEqual({
      target: 'a@b.co',
      channel: 'EMAIL',
      verifies: 'verifiedEmail',
    });
    expect(resetDelivery({ phone: '+84901234567' })).toEqual({
      target: '+84901234567',
      channel: 'SMS',
      verifies: 'verifiedPhone',
    });
  });
});
