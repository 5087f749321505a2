import type { OpeningHoursProblem } from './opening-hours';

/**
 * Failures of the partner use cases that the partner can fix; GraphQL returns them as data, each
 * with a stable code.
 */
export interface InvalidInput {
  kind: 'InvalidInput';
  /** The input field at fault, e.g. "location.lat". */
  field: string;
  message: string;
}

export interface InvalidOpeningHours {
  kind: 'InvalidOpeningHours';
  /** The input field holding the hours, e.g. "openingHours" or "availability". */
  field: string;
  problems: OpeningHoursProblem[];
}

export interface InvalidPrice {
  kind: 'InvalidPrice';
  field: string;
  message: string;
}

export function invalidInput(field: string, message: string): InvalidInput {
  return { kind: 'InvalidInput', field, message };
}

export function invalidPrice(field: string, message: string): InvalidPrice {
  return { kind: 'InvalidPrice', field, message };
}
