import { createHash } from 'node:crypto';
import { invalidInput, type InvalidInput } from './auth-results';

/** A point on Earth in WGS 84 degrees. */
export interface GeoPoint {
  lat: number;
  lng: number;
}

/** A place the user has orders delivered to. */
export interface Address {
  id: string;
  /** The user's name for it, e.g. "Home". */
  label: string;
  /** As written on an envelope: street and number, ward, district, city. */
  lines: string[];
  /** For the driver, e.g. "Ring twice, 3rd floor". */
  notes: string | null;
  location: GeoPoint;
}

export interface AddressInput {
  label: string;
  lines: readonly string[];
  notes?: string | null;
  location: GeoPoint;
}

export const MAX_ADDRESSES = 20;
export const LABEL_MAX_LENGTH = 40;
export const MAX_ADDRESS_LINES = 4;
export const ADDRESS_LINE_MAX_LENGTH = 120;
export const NOTES_MAX_LENGTH = 300;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 128;

const CONTROL_CHARACTERS = /\p{Cc}/u;
/** Notes may span lines; nothing else invisible. */
const CONTROL_EXCEPT_NEWLINE = /[^\P{Cc}\n]/u;

const clean = (value: string): string => value.normalize('NFC').trim().replace(/\s+/g, ' ');
const length = (value: string): number => [...value].length;

function textError(value: string, max: number, multiline = false): string | null {
  if (value.length === 0) return 'must not be blank';
  if (length(value) > max) return `must be at most ${max} characters`;
  if ((multiline ? CONTROL_EXCEPT_NEWLINE : CONTROL_CHARACTERS).test(value)) {
    return 'must not contain control characters';
  }
  return null;
}

/** Null when the point is a real place on the globe, else which coordinate is not. */
export function geoPointError(point: GeoPoint): InvalidInput | null {
  if (!Number.isFinite(point.lat) || point.lat < -90 || point.lat > 90) {
    return invalidInput('location.lat', 'lat must be between -90 and 90');
  }
  if (!Number.isFinite(point.lng) || point.lng < -180 || point.lng > 180) {
    return invalidInput('location.lng', 'lng must be between -180 and 180');
  }
  return null;
}

/** Normalizes an address (NFC, collapsed whitespace), or names the first field at fault. */
export function validateAddress(id: string, input: AddressInput): Address | InvalidInput {
  const label = clean(input.label);
  const labelError = textError(label, LABEL_MAX_LENGTH);
  if (labelError) return invalidInput('label', `label ${labelError}`);

  const lines = input.lines.map(clean);
  if (lines.length === 0 || lines.length > MAX_ADDRESS_LINES) {
    return invalidInput('lines', `lines must hold 1 to ${MAX_ADDRESS_LINES} lines`);
  }
  for (const [index, line] of lines.entries()) {
    const error = textError(line, ADDRESS_LINE_MAX_LENGTH);
    if (error) return invalidInput(`lines.${index}`, `line ${index + 1} ${error}`);
  }

  let notes: string | null = null;
  if (input.notes != null) {
    const trimmed = input.notes.normalize('NFC').trim();
    if (trimmed.length > 0) {
      const error = textError(trimmed, NOTES_MAX_LENGTH, true);
      if (error) return invalidInput('notes', `notes ${error}`);
      notes = trimmed;
    }
  }

  const pointError = geoPointError(input.location);
  if (pointError) return pointError;
  return {
    id,
    label,
    lines,
    notes,
    location: { lat: input.location.lat, lng: input.location.lng },
  };
}

export function idempotencyKeyError(key: string): InvalidInput | null {
  if (key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
    return invalidInput(
      'idempotencyKey',
      `idempotencyKey must be 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters`,
    );
  }
  return null;
}

/**
 * The id of the address a user adds with this idempotency key: the same key gives the same id, so
 * a retried addAddress finds the address it already added instead of adding a second one.
 */
export function addressIdFor(userId: string, idempotencyKey: string): string {
  const digest = createHash('sha256')
    .update(`${userId}\u0000${idempotencyKey}`)
    .digest('base64url');
  return `adr_${digest.slice(0, 22)}`;
}

/** The address orders go to unless the user picks another: the chosen one, else the first. */
export function defaultAddress(
  addresses: readonly Address[],
  defaultAddressId: string | null,
): Address | null {
  return addresses.find((address) => address.id === defaultAddressId) ?? addresses[0] ?? null;
}
