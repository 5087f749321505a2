import { emailError, normalizeEmail, normalizePhone, phoneError } from './contact';
import { invalidInput, type InvalidInput } from './auth-results';
import { PASSWORD_MAX_LENGTH } from './password';
import { normalizeDisplayName, userFieldErrors, type Locale } from './user';

/** The identifier a person logs in with, normalized as stored. */
export type LoginIdentifier = { email: string } | { phone: string };

export function identifierKey(identifier: LoginIdentifier): string {
  return 'email' in identifier ? `email:${identifier.email}` : `phone:${identifier.phone}`;
}

export interface SignUpInput {
  email?: string | null;
  phone?: string | null;
  password: string;
  displayName: string;
  locale?: string | null;
}

export interface ValidSignUp {
  email: string | null;
  phone: string | null;
  password: string;
  displayName: string;
  locale: Locale;
}

/** Normalizes a sign-up, or names the first field at fault. The password is judged separately. */
export function validateSignUp(input: SignUpInput): ValidSignUp | InvalidInput {
  const locale = input.locale ?? 'EN';
  const errors = userFieldErrors({ ...input, locale });
  const [field, message] = Object.entries(errors)[0] ?? [];
  if (field && message) return invalidInput(field, `${field} ${message}`);
  return {
    email: input.email == null ? null : normalizeEmail(input.email),
    phone: input.phone == null ? null : normalizePhone(input.phone),
    password: input.password,
    displayName: normalizeDisplayName(input.displayName),
    locale: locale as Locale,
  };
}

export interface LogInInput {
  email?: string | null;
  phone?: string | null;
  password: string;
}

export function validateLogIn(
  input: LogInInput,
): { identifier: LoginIdentifier; password: string } | InvalidInput {
  if ((input.email == null) === (input.phone == null)) {
    return invalidInput('email', 'Give either an email or a phone number');
  }
  if (input.password.length === 0) return invalidInput('password', 'password must not be blank');
  if ([...input.password].length > PASSWORD_MAX_LENGTH) {
    return invalidInput('password', `password must be at most ${PASSWORD_MAX_LENGTH} characters`);
  }
  if (input.email != null) {
    const error = emailError(input.email);
    if (error) return invalidInput('email', `email ${error}`);
    return { identifier: { email: normalizeEmail(input.email) }, password: input.password };
  }
  const raw = input.phone ?? '';
  const phone = normalizePhone(raw);
  if (!phone) return invalidInput('phone', `phone ${phoneError(raw)}`);
  return { identifier: { phone }, password: input.password };
}
