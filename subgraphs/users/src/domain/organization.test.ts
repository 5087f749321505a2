import {
  idempotencyKeyError,
  normalizeOrganizationName,
  organizationNameError,
} from './organization';

describe('organisation names', () => {
  it('normalises whitespace and Unicode form', () => {
    expect(normalizeOrganizationName('  Minh\u00a0 Kitchens\n')).toBe('Minh Kitchens');
    expect(normalizeOrganizationName('Phở Bắc'.normalize('NFD'))).toBe('Phở Bắc'.normalize('NFC'));
  });

  it('accepts 1 to 80 characters, counted as code points after normalising', () => {
    expect(organizationNameError('A')).toBeNull();
    expect(organizationNameError(`  ${'ă'.repeat(80)}  `)).toBeNull();
    expect(organizationNameError('ă'.repeat(81))).toBe('must be at most 80 characters');
    expect(organizationNameError(' \t ')).toBe('must not be blank');
  });

  it('refuses control characters', () => {
    expect(organizationNameError('Minh\u0000Kitchens')).toBe('must not contain control characters');
  });
});

describe('idempotency keys', () => {
  it('must be non-blank and at most 128 characters', () => {
    expect(idempotencyKeyError('4b1c0a2e-7d7e-4c55-9f0c-0d8d3b8f5a10')).toBeNull();
    expect(idempotencyKeyError('  ')).toBe('must not be blank');
    expect(idempotencyKeyError('k'.repeat(129))).toBe('must be at most 128 characters');
  });
});
