import type { AddressNotFound, AddressSaved } from '../domain/profile-results';
import type { ProfileRepository } from '../persistence/profile-repository';

/** Makes one of the user's addresses the one orders go to unless they pick another. */
export type SetDefaultAddress = (
  userId: string,
  addressId: string,
) => Promise<AddressSaved | AddressNotFound>;

export function makeSetDefaultAddress(profiles: ProfileRepository): SetDefaultAddress {
  return async (userId, addressId) => {
    const profile = await profiles.setDefaultAddress(userId, addressId, new Date());
    const address = profile?.addresses.find((existing) => existing.id === addressId);
    if (!profile || !address) return { kind: 'AddressNotFound', id: addressId };
    return { kind: 'AddressSaved', userId, address, profile };
  };
}
