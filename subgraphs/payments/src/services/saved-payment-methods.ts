import type { SavedPaymentMethod } from '../providers/port';
import type { Deps } from './runtime';

/** The cards a customer saved with the card provider; none before they saved one. */
export type ListSavedPaymentMethods = (userId: string) => Promise<SavedPaymentMethod[]>;

export function makeListSavedPaymentMethods(
  deps: Pick<Deps, 'customers' | 'providers'>,
): ListSavedPaymentMethods {
  return async (userId) => {
    const { card } = deps.providers;
    const customerRef = await deps.customers.find(card.name, userId);
    return customerRef ? card.listPaymentMethods(customerRef) : [];
  };
}
