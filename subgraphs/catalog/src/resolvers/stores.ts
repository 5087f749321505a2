import type { Resolvers, UpdateStoreInput } from '../__generated__/resolvers-types';
import { isOpenAt, type OpeningHours } from '../domain/opening-hours';
import type { StoreDetails } from '../domain/store';
import { invalidInput, type InvalidInput, type InvalidOpeningHours } from '../domain/store-results';
import { deliversTo, deliveryAreaFrom, type DeliveryArea } from '../domain/zone';
import type { StoreSaved } from '../services/create-store';

const ERRORS = {
  InvalidInput: { code: 'INVALID_INPUT', message: 'Invalid input' },
  InvalidOpeningHours: {
    code: 'INVALID_OPENING_HOURS',
    message: 'These opening hours cannot be used',
  },
} as const;

/** A use case's outcome as the GraphQL object of the same name. */
export function storeOutcome(outcome: StoreSaved | InvalidInput | InvalidOpeningHours) {
  switch (outcome.kind) {
    case 'StoreSaved':
      return { __typename: 'StorePayload' as const, store: outcome.store };
    case 'InvalidInput':
      return { __typename: 'InvalidCatalogInput' as const, ...ERRORS.InvalidInput, ...outcome };
    case 'InvalidOpeningHours':
      return {
        __typename: 'InvalidOpeningHours' as const,
        ...ERRORS.InvalidOpeningHours,
        ...outcome,
      };
  }
}

/** The GraphQL input as domain details; the only check here is the input's shape. */
function toDetails(input: UpdateStoreInput): Partial<StoreDetails> | InvalidInput {
  const details: Partial<StoreDetails> = {};
  if (input.deliveryArea) {
    const area: DeliveryArea | null = deliveryAreaFrom(input.deliveryArea);
    if (!area) return invalidInput('deliveryArea', 'give exactly one of radiusMeters and zone');
    details.deliveryArea = area;
  }
  if (input.name != null) details.name = input.name;
  if (input.address)
    details.address = { ...input.address, district: input.address.district ?? null };
  if (input.location) details.location = input.location;
  if (input.openingHours) {
    const { timeZone, weekly, exceptions } = input.openingHours;
    details.openingHours = {
      timeZone,
      weekly,
      exceptions: (exceptions ?? []).map(({ date, intervals }) => ({
        date,
        intervals: intervals ?? [],
      })),
    };
  }
  if (input.cuisines) details.cuisines = input.cuisines;
  if (input.tags) details.tags = input.tags;
  if (input.prepTimeMinutes != null) details.prepTimeMinutes = input.prepTimeMinutes;
  if (input.temporarilyClosed != null) details.temporarilyClosed = input.temporarilyClosed;
  return details;
}

const isOpen = (store: { openingHours: OpeningHours; temporarilyClosed: boolean }, at: Date) =>
  !store.temporarilyClosed && isOpenAt(store.openingHours, at);

export const storeResolvers: Pick<
  Resolvers,
  'Store' | 'DeliveryArea' | 'OpeningHoursException' | 'Mutation'
> = {
  Store: {
    deliversTo: (store, { lat, lng }) => deliversTo(store, { lat, lng }),
    openNow: (store) => isOpen(store, new Date()),
    isOpen: (store, { at }) => isOpen(store, at),
  },
  DeliveryArea: {
    radiusMeters: (area) => (area.kind === 'RADIUS' ? area.radiusMeters : null),
    zone: (area) => (area.kind === 'ZONE' ? area.rings : null),
  },
  OpeningHoursException: {
    closed: (exception) => exception.intervals.length === 0,
  },
  Mutation: {
    createStore: async (_parent, { input }, { services }) => {
      const { organizationId, idempotencyKey, kind, currency, ...rest } = input;
      const details = toDetails(rest);
      if ('kind' in details) return storeOutcome(details);
      return storeOutcome(
        await services.createStore({
          organizationId,
          idempotencyKey,
          kind,
          currency,
          ...(details as StoreDetails),
          temporarilyClosed: input.temporarilyClosed ?? false,
        }),
      );
    },
    updateStore: async (_parent, { storeId, input }, { services }) => {
      const details = toDetails(input);
      if ('kind' in details) return storeOutcome(details);
      return storeOutcome(await services.updateStore(storeId, details));
    },
  },
};
