import {
  MAX_ADDRESSES,
  addressIdFor,
  idempotencyKeyError,
  validateAddress,
  type AddressInput,
} from '../domain/address';
import type { InvalidInput } from '../domain/auth-results';
import type { AddressSaved, LimitReached } from '../domain/profile-results';
import type { ProfileRepository } from '../persistence/profile-repository';

/**
 * Adds an address, at most MAX_ADDRESSES per user. The idempotency key names the address: a
 * retry with the same key returns the address as it is now instead of adding another.
 */
export type AddAddress = (
  userId: string,
  input: AddressInput & { idempotencyKey: string },
) => Promise<AddressSaved | InvalidInput | LimitReached>;

export function makeAddAddress(profiles: ProfileRepository): AddAddress {
  return async (userId, { idempotencyKey, ...input }) => {
    const keyError = idempotencyKeyError(idempotencyKey);
    if (keyError) return keyError;
    const address = validateAddress(addressIdFor(userId, idempotencyKey), input);
    if ('kind' in address) return address;
    const { outcome, profile } = await profiles.addAddress(
      userId,
      address,
      MAX_ADDRESSES,
      new Date(),
    );
    if (outcome === 'full')
      return { kind: 'LimitReached', field: 'addresses', limit: MAX_ADDRESSES };
    const saved = profile.addresses.find((existing) => existing.id === address.id) ?? address;
    return { kind: 'AddressSaved', userId, address: saved, profile };
  };
}
