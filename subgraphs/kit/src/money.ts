/**
 * Money is an integer amount in the currency's minor units with its ISO 4217 code: 125000 VND is
 * 125,000 đồng (VND has no minor unit), 1250 USD is $12.50. Never a float.
 */
export interface Money {
  amount: number;
  currency: string;
}

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** Whether `code` is an ISO 4217 currency the runtime knows. */
export function isCurrency(code: string): boolean {
  return CURRENCIES.has(code);
}

/** Built once per currency: an Intl.NumberFormat costs tens of microseconds. */
const MINOR_UNIT_DIGITS = new Map<string, number>();

/** How many digits the currency's minor unit has (ICU's data): VND 0, USD 2, KWD 3. */
export function minorUnitDigits(currency: string): number {
  let digits = MINOR_UNIT_DIGITS.get(currency);
  if (digits === undefined) {
    if (!isCurrency(currency)) throw new RangeError(`unknown currency ${currency}`);
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits!;
    MINOR_UNIT_DIGITS.set(currency, digits);
  }
  return digits;
}

export type MoneyParseResult = { ok: true; money: Money } | { ok: false; reason: string };

const DECIMAL = /^(\d{1,15})(?:\.(\d+))?$/;

/**
 * Reads a non-negative decimal amount in major units ("12.50" USD, "45000" VND) exactly, with
 * no float arithmetic. Refuses more decimals than the currency has, negative amounts and
 * anything that is not a plain decimal.
 */
export function parseMoney(decimal: string, currency: string): MoneyParseResult {
  if (!isCurrency(currency)) return { ok: false, reason: `unknown currency ${currency}` };
  const match = DECIMAL.exec(decimal.trim());
  if (!match) {
    return decimal.trim().startsWith('-')
      ? { ok: false, reason: 'must not be negative' }
      : { ok: false, reason: 'must be a decimal number such as 12.50' };
  }
  const digits = minorUnitDigits(currency);
  const fraction = match[2] ?? '';
  if (fraction.length > digits) {
    return {
      ok: false,
      reason:
        digits === 0
          ? `${currency} has no minor unit: give a whole amount`
          : `${currency} has at most ${digits} decimals`,
    };
  }
  const amount = Number(match[1]! + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(amount)) return { ok: false, reason: 'is too large' };
  return { ok: true, money: { amount, currency } };
}

/** The amount in major units as a plain decimal string, e.g. { 1250, USD } → "12.50". */
/** Money as the schemas' `Money` type: minor units, the currency, and the decimal for people. */
export function moneyView(amount: number, currency: string) {
  return { amount, currency, decimal: formatMoneyDecimal({ amount, currency }) };
}

export function formatMoneyDecimal({ amount, currency }: Money): string {
  const digits = minorUnitDigits(currency);
  const sign = amount < 0 ? '-' : '';
  const text = String(Math.abs(amount)).padStart(digits + 1, '0');
  return digits === 0
    ? `${sign}${text}`
    : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
