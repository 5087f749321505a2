// The free inputs of a transition request, checked and normalised before they are recorded.
import type { ProposedSubstitute } from './order';

export const MAX_REASON_LENGTH = 500;

export type Checked<T> =
  { ok: true; value: T } | { ok: false; code: 'INVALID_INPUT'; field: string; message: string };

export const invalid = (field: string, message: string) =>
  ({ ok: false, code: 'INVALID_INPUT', field, message }) as const;

export function checkReason(
  reason: string | null | undefined,
  required: boolean,
): Checked<string | null> {
  const trimmed = reason?.trim() ?? '';
  if (trimmed.length > MAX_REASON_LENGTH) {
    return invalid('reason', `A reason has at most ${MAX_REASON_LENGTH} characters.`);
  }
  if (trimmed === '') {
    return required ? invalid('reason', 'A reason is required.') : { ok: true, value: null };
  }
  return { ok: true, value: trimmed };
}

const isCount = (n: number, min: number) => Number.isSafeInteger(n) && n >= min;

export function checkSubstitute(
  substitute: ProposedSubstitute | undefined,
  now: Date,
): Checked<ProposedSubstitute> {
  if (!substitute) return invalid('substitute', 'A substitute is required.');
  const { sku, quantity, unitPrice, total, respondBy } = substitute;
  if (sku.trim() === '') return invalid('substitute.sku', 'The substitute needs a SKU.');
  if (!isCount(quantity, 1)) {
    return invalid('substitute.quantity', 'The quantity is a whole number of at least 1.');
  }
  if (!isCount(unitPrice, 0)) {
    return invalid('substitute.unitPrice', 'The unit price is a whole amount in minor units.');
  }
  if (!isCount(total, 0)) {
    return invalid('substitute.total', 'The total is a whole amount in minor units.');
  }
  if (!(respondBy.getTime() > now.getTime())) {
    return invalid('substitute.respondBy', 'The customer needs time to answer: respondBy is past.');
  }
  return { ok: true, value: { sku: sku.trim(), quantity, unitPrice, total, respondBy } };
}
