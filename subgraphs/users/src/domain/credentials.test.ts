import { identifierKey, validateLogIn, validateSignUp } from './credentials';

describe('validateSignUp', () => {
  it('normalizes the contact details and defaults the locale to English', () => {
    expect(
      validateSignUp({
        email: ' A@B.VN ',
        phone: '0901234567',
        password: 'p',
        displayName: ' Mai ',
      }),
    ).toEqual({
      email: 'a@b.vn',
      phone: '+84901234567',
      password: 'p',
      displayName: 'Mai',
      locale: 'EN',
    });
  });

  it('names the first field at fault', () => {
    expect(validateSignUp({ password: 'p', displayName: 'Mai' })).toMatchObject({
      kind: 'InvalidInput',
      field: 'email',
    });
    expect(validateSignUp({ phone: '12', password: 'p', displayName: '' })).toMatchObject({
      field: 'phone',
    });
  });
});

describe('validateLogIn', () => {
  it('takes exactly one identifier', () => {
    expect(validateLogIn({ password: 'p' })).toMatchObject({ field: 'email' });
    expect(validateLogIn({ email: 'a@b.vn', phone: '0901234567', password: 'p' })).toMatchObject({
      kind: 'InvalidInput',
    });
  });

  it('normalizes phones, so any spelling finds the account', () => {
    const valid = validateLogIn({ phone: '090 123 4567', password: 'p' });
    expect(valid).toEqual({ identifier: { phone: '+84901234567' }, password: 'p' });
    expect('identifier' in valid && identifierKey(valid.identifier)).toBe('phone:+84901234567');
  });

  it('refuses a blank password', () => {
    expect(validateLogIn({ email: 'a@b.vn', password: '' })).toMatchObject({ field: 'password' });
  });
});
