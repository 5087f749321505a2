import { validateAddress, type AddressInput } from '../domain/address';
import type { InvalidInput } from '../domain/auth-results';
import type { AddressNotFound, AddressSaved } from '../domain/profile-results';
import type { ProfileRepository } from '../persistence/profile-repository';

/** Replaces one of the user's addresses (label, lines, notes and point) by its id. */
export type UpdateAddress = (
  userId: string,
  input: AddressInput & { id: string },
) => Promise<AddressSaved | InvalidInput | AddressNotFound>;

export function makeUpdateAddress(profiles: ProfileRepository): UpdateAddress {
  return async (userId, { id, ...input }) => {
    const address = validateAddress(id, input);
    if ('kind' in address) return address;
    const profile = await profiles.replaceAddress(userId, address, new Date());
    if (!profile) return { kind: 'AddressNotFound', id };
    return { kind: 'AddressSaved', userId, address, profile };
  };
}
