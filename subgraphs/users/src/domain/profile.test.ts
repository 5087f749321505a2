import { fullName, isVerified, referenceIdError, validateLocalizedName } from './profile';

describe('validateLocalizedName', () => {
  it('normalizes both languages; Vietnamese is optional', () => {
    expect(
      validateLocalizedName({
        en: { givenName: ' Lan ', familyName: 'Nguyen' },
        vi: { givenName: 'Thị   Lan', familyName: 'Nguyễn' },
      }),
    ).toEqual({
      en: { givenName: 'Lan', familyName: 'Nguyen' },
      vi: { givenName: 'Thị Lan', familyName: 'Nguyễn' },
    });
    expect(validateLocalizedName({ en: { givenName: 'Madonna' } })).toEqual({
      en: { givenName: 'Madonna', familyName: null },
      vi: null,
    });
  });

  it('composes decomposed Vietnamese diacritics (NFC)', () => {
    const decomposed = 'Nguye\u0302\u0303n';
    const name = validateLocalizedName({
      en: { givenName: 'Lan' },
      vi: { givenName: 'Lan', familyName: decomposed },
    });
    expect(name).toMatchObject({ vi: { familyName: 'Nguyễn' } });
  });

  it.each([
    [{ en: { givenName: '  ' } }, 'en.givenName'],
    [{ en: { givenName: 'Lan', familyName: 'x'.repeat(61) } }, 'en.familyName'],
    [{ en: { givenName: 'Lan' }, vi: { givenName: 'Lan\u0000' } }, 'vi.givenName'],
  ])('refuses %j naming %s', (input, field) => {
    expect(validateLocalizedName(input)).toMatchObject({ kind: 'InvalidInput', field });
  });
});

describe('fullName', () => {
  it('writes English given name first and Vietnamese family name first', () => {
    expect(fullName({ givenName: 'Lan', familyName: 'Nguyen' }, 'en')).toBe('Lan Nguyen');
    expect(fullName({ givenName: 'Thị Lan', familyName: 'Nguyễn' }, 'vi')).toBe('Nguyễn Thị Lan');
    expect(fullName({ givenName: 'Lan', familyName: null }, 'vi')).toBe('Lan');
  });
});

describe('referenceIdError', () => {
  it('accepts id-like strings only', () => {
    expect(referenceIdError('sto_demo_pho_bac')).toBeNull();
    expect(referenceIdError('')).not.toBeNull();
    expect(referenceIdError('a b')).not.toBeNull();
    expect(referenceIdError('x'.repeat(129))).not.toBeNull();
  });
});

describe('isVerified', () => {
  it('holds while the verified contact is the current one', () => {
    expect(isVerified('a@b.co', 'a@b.co')).toBe(true);
    expect(isVerified('a@b.co', 'new@b.co')).toBe(false);
    expect(isVerified(null, null)).toBe(false);
  });
});
