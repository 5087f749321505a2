import { emailError, normalizeEmail, normalizePhone, phoneError } from './contact';

describe('phone numbers', () => {
  it.each([
    ['0901234567', '+84901234567'],
    ['+84 90 123 4567', '+84901234567'],
    ['(+84) 90-123-4567', '+84901234567'],
    ['+1 415 555 2671', '+14155552671'],
    ['+91 98765 43210', '+919876543210'],
  ])('normalizes %s to E.164 %s', (input, e164) => {
    expect(normalizePhone(input)).toBe(e164);
  });

  it.each(['12', 'phone', '+84 12', ''])('rejects %j', (input) => {
    expect(normalizePhone(input)).toBeNull();
    expect(phoneError(input)).toBe('must be a phone number, e.g. +84901234567');
  });
});

describe('email addresses', () => {
  it('compares without case or surrounding space', () => {
    expect(normalizeEmail('  Lan@Example.VN ')).toBe('lan@example.vn');
    expect(emailError('  Lan@Example.VN ')).toBeNull();
  });
});
