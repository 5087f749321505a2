import { formatMoneyDecimal, isCurrency, minorUnitDigits, parseMoney } from './money';

describe('money', () => {
  it('knows how many minor-unit digits each currency has', () => {
    expect(minorUnitDigits('VND')).toBe(0);
    expect(minorUnitDigits('USD')).toBe(2);
    expect(minorUnitDigits('INR')).toBe(2);
    expect(minorUnitDigits('KWD')).toBe(3);
    expect(isCurrency('XXY')).toBe(false);
    expect(() => minorUnitDigits('XXY')).toThrow(RangeError);
  });

  it.each([
    ['12.50', 'USD', 1250],
    ['12.5', 'USD', 1250],
    ['12', 'USD', 1200],
    ['0.07', 'INR', 7],
    ['45000', 'VND', 45000],
    ['1.234', 'KWD', 1234],
  ])('reads %s %s exactly as %d minor units', (decimal, currency, amount) => {
    expect(parseMoney(decimal, currency)).toEqual({ ok: true, money: { amount, currency } });
  });

  it.each([
    ['12.505', 'USD', 'USD has at most 2 decimals'],
    ['45000.5', 'VND', 'VND has no minor unit: give a whole amount'],
    ['-1', 'USD', 'must not be negative'],
    ['1e3', 'USD', 'must be a decimal number such as 12.50'],
    ['', 'USD', 'must be a decimal number such as 12.50'],
    ['5', 'ABC', 'unknown currency ABC'],
    ['9999999999999999', 'USD', 'must be a decimal number such as 12.50'],
  ])('refuses %s %s', (decimal, currency, reason) => {
    expect(parseMoney(decimal, currency)).toEqual({ ok: false, reason });
  });

  it('formats minor units back to a decimal string', () => {
    expect(formatMoneyDecimal({ amount: 1250, currency: 'USD' })).toBe('12.50');
    expect(formatMoneyDecimal({ amount: 5, currency: 'USD' })).toBe('0.05');
    expect(formatMoneyDecimal({ amount: -5, currency: 'USD' })).toBe('-0.05');
    expect(formatMoneyDecimal({ amount: 45000, currency: 'VND' })).toBe('45000');
  });
});
