import { invalidInput, type InvalidInput } from './auth-results';
import { emailError, normalizeEmail, normalizePhone, phoneError } from './contact';
import type { LoginIdentifier } from './credentials';

/** The account a password reset is for, named by exactly one of its email and phone. */
export function resetIdentifier(input: {
  email?: string | null;
  phone?: string | null;
}): LoginIdentifier | InvalidInput {
  if ((input.email == null) === (input.phone == null)) {
    return invalidInput('email', 'Give either an email or a phone number');
  }
  if (input.email != null) {
    const error = emailError(input.email);
    return error ? invalidInput('email', `email ${error}`) : { email: normalizeEmail(input.email) };
  }
  const raw = input.phone ?? '';
  const phone = normalizePhone(raw);
  return phone ? { phone } : invalidInput('phone', `phone ${phoneError(raw)}`);
}

/** Where the code for this identifier goes, and which stored contact it verifies. */
export function resetDelivery(identifier: LoginIdentifier) {
  return 'email' in identifier
    ? ({ target: identifier.email, channel: 'EMAIL', verifies: 'verifiedEmail' } as const)
    : ({ target: identifier.phone, channel: 'SMS', verifies: 'verifiedPhone' } as const);
}
