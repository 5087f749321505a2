import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { z } from 'zod';

const EMAIL_MAX_LENGTH = 254;
const email = z.email();

/** Numbers written without a country code are read as Vietnamese, where Dabba started. */
export const DEFAULT_PHONE_REGION: CountryCode = 'VN';

export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

export function emailError(value: string): string | null {
  const normalized = normalizeEmail(value);
  if (normalized.length > EMAIL_MAX_LENGTH) return `must be at most ${EMAIL_MAX_LENGTH} characters`;
  return email.safeParse(normalized).success ? null : 'must be an email address';
}

/** The number in E.164 (e.g. +84901234567), or null when it is not a valid phone number. */
export function normalizePhone(value: string): string | null {
  const parsed = parsePhoneNumberFromString(value.trim(), DEFAULT_PHONE_REGION);
  return parsed?.isValid() ? parsed.number : null;
}

export function phoneError(value: string): string | null {
  return normalizePhone(value) ? null : 'must be a phone number, e.g. +84901234567';
}
