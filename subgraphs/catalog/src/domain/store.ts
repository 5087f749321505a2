import { isCurrency } from '@dabba/subgraph-kit';
import { geoPointProblem, h3CellsOf, type GeoPoint, type H3Cells } from './geo';
import { validateOpeningHours, type OpeningHours } from './opening-hours';
import { invalidInput, type InvalidInput, type InvalidOpeningHours } from './store-results';
import { deliveryAreaProblem, type DeliveryArea } from './zone';

export const STORE_KINDS = ['RESTAURANT', 'GROCERY'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export interface StoreAddress {
  /** Street lines, e.g. ["12 Lý Tự Trọng"]. */
  lines: string[];
  district: string | null;
  city: string;
  /** ISO 3166-1 alpha-2, e.g. VN. */
  countryCode: string;
}

/** What a partner may change after the store exists (kind and currency are fixed). */
export interface StoreDetails {
  name: string;
  address: StoreAddress;
  location: GeoPoint;
  deliveryArea: DeliveryArea;
  openingHours: OpeningHours;
  /** Lower-case labels, e.g. "vietnamese", "noodles". */
  cuisines: string[];
  tags: string[];
  /** Typical minutes from accepting an order to handing it over. */
  prepTimeMinutes: number;
  /** Switched on by the partner to stop orders whatever the hours say. */
  temporarilyClosed: boolean;
}

export interface Store extends StoreDetails {
  id: string;
  kind: StoreKind;
  /** ISO 4217 code of every price in the store. */
  currency: string;
  /** The partner organisation that owns the store; a users-subgraph id (`org_…`). */
  organizationId: string;
  /** Cells of `location`, recomputed on every save. */
  h3: H3Cells;
  createdAt: Date;
  updatedAt: Date;
}

/** An Organization as the catalog knows it: only the key, resolved by the users subgraph. */
export interface OrganizationReference {
  __typename?: 'Organization';
  id: string;
}

export interface NewStore extends StoreDetails {
  id: string;
  kind: string;
  currency: string;
  organizationId: string;
  createdAt: Date;
}

export type StoreFailure = { ok: false; error: InvalidInput | InvalidOpeningHours };
export type StoreResult = { ok: true; store: Store } | StoreFailure;

export const STORE_NAME_MAX_LENGTH = 80;
const LABELS_MAX = 10;
const LABEL_MAX_LENGTH = 40;
const PREP_TIME_MAX_MINUTES = 240;
const REGIONS = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

export function isStoreKind(value: string): value is StoreKind {
  return (STORE_KINDS as readonly string[]).includes(value);
}

const tidy = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ');
export const normalizeStoreName = tidy;

function normalizeLabels(labels: string[]): string[] {
  return [...new Set(labels.map((label) => tidy(label).toLowerCase()))];
}

/** Normalizes the details and returns the first problem found, field by field. */
function checkDetails(details: StoreDetails): { ok: true; details: StoreDetails } | StoreFailure {
  const name = tidy(details.name);
  if (name.length === 0) return fail('name', 'must not be blank');
  if ([...name].length > STORE_NAME_MAX_LENGTH) {
    return fail('name', `must be at most ${STORE_NAME_MAX_LENGTH} characters`);
  }
  const lines = details.address.lines.map(tidy).filter((line) => line.length > 0);
  if (lines.length === 0 || lines.length > 3) return fail('address.lines', 'give 1 to 3 lines');
  if (lines.some((line) => line.length > 120)) {
    return fail('address.lines', 'each line is at most 120 characters');
  }
  const city = tidy(details.address.city);
  if (city.length === 0) return fail('address.city', 'must not be blank');
  const district = details.address.district === null ? '' : tidy(details.address.district);
  const countryCode = details.address.countryCode.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(countryCode) || REGIONS.of(countryCode) === undefined) {
    return fail('address.countryCode', 'must be an ISO 3166-1 alpha-2 code such as VN');
  }
  const pointProblem = geoPointProblem(details.location);
  if (pointProblem) return fail('location', pointProblem);
  const areaProblem = deliveryAreaProblem(details.deliveryArea);
  if (areaProblem) return fail('deliveryArea', areaProblem);
  const hours = validateOpeningHours(details.openingHours);
  if (!hours.ok) {
    return {
      ok: false,
      error: { kind: 'InvalidOpeningHours', field: 'openingHours', problems: hours.problems },
    };
  }
  const cuisines = normalizeLabels(details.cuisines);
  const tags = normalizeLabels(details.tags);
  for (const [field, labels] of [
    ['cuisines', cuisines],
    ['tags', tags],
  ] as const) {
    if (labels.length > LABELS_MAX || labels.some((label) => label.length === 0)) {
      return fail(field, `give at most ${LABELS_MAX} non-blank labels`);
    }
    if (labels.some((label) => label.length > LABEL_MAX_LENGTH)) {
      return fail(field, `each label is at most ${LABEL_MAX_LENGTH} characters`);
    }
  }
  if (
    !Number.isInteger(details.prepTimeMinutes) ||
    details.prepTimeMinutes < 1 ||
    details.prepTimeMinutes > PREP_TIME_MAX_MINUTES
  ) {
    return fail('prepTimeMinutes', `must be a whole number from 1 to ${PREP_TIME_MAX_MINUTES}`);
  }
  return {
    ok: true,
    details: {
      name,
      address: { lines, district: district || null, city, countryCode },
      location: { lat: details.location.lat, lng: details.location.lng },
      deliveryArea: details.deliveryArea,
      openingHours: hours.hours,
      cuisines,
      tags,
      prepTimeMinutes: details.prepTimeMinutes,
      temporarilyClosed: details.temporarilyClosed,
    },
  };
}

function fail(field: string, message: string): StoreFailure {
  return { ok: false, error: invalidInput(field, message) };
}

/** Validates and normalizes a new store; its H3 cells come from its location. */
export function createStore(input: NewStore): StoreResult {
  if (input.id.trim().length === 0) return fail('id', 'must not be blank');
  if (input.organizationId.trim().length === 0) return fail('organizationId', 'must not be blank');
  if (!isStoreKind(input.kind)) return fail('kind', `must be one of ${STORE_KINDS.join(', ')}`);
  if (!isCurrency(input.currency)) return fail('currency', 'must be an ISO 4217 currency code');
  const checked = checkDetails(input);
  if (!checked.ok) return checked;
  return {
    ok: true,
    store: {
      id: input.id,
      kind: input.kind,
      currency: input.currency,
      organizationId: input.organizationId,
      ...checked.details,
      h3: h3CellsOf(checked.details.location),
      createdAt: input.createdAt,
      updatedAt: input.createdAt,
    },
  };
}

/** Applies a partner's changes; every field is checked again, the cells follow the location. */
export function updateStore(store: Store, changes: Partial<StoreDetails>, now: Date): StoreResult {
  const checked = checkDetails({ ...store, ...changes });
  if (!checked.ok) return checked;
  return {
    ok: true,
    store: {
      ...store,
      ...checked.details,
      h3: h3CellsOf(checked.details.location),
      updatedAt: now,
    },
  };
}

/** The owning organisation as a federation reference (resolved by the users subgraph). */
export function organizationReference(
  store: Pick<Store, 'organizationId'>,
): Required<OrganizationReference> {
  return { __typename: 'Organization', id: store.organizationId };
}
