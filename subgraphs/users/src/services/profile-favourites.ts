import { invalidInput, type InvalidInput } from '../domain/auth-results';
import { MAX_FAVOURITES, referenceIdError } from '../domain/profile';
import type { LimitReached, ProfileUpdated } from '../domain/profile-results';
import type { FavouriteList, ProfileRepository } from '../persistence/profile-repository';

export type FavouriteKind = 'store' | 'product';

const LISTS: Record<FavouriteKind, { list: FavouriteList; field: string }> = {
  store: { list: 'favouriteStoreIds', field: 'storeId' },
  product: { list: 'favouriteProductIds', field: 'productId' },
};

/**
 * Adds a store or product to the user's favourites (at most MAX_FAVOURITES of each); adding one
 * that is there already succeeds and changes nothing. Whether it exists is the catalog's to say.
 */
export type AddFavourite = (
  userId: string,
  kind: FavouriteKind,
  id: string,
) => Promise<ProfileUpdated | InvalidInput | LimitReached>;

/** Removes it from the favourites; removing one that is not there succeeds. */
export type RemoveFavourite = (
  userId: string,
  kind: FavouriteKind,
  id: string,
) => Promise<ProfileUpdated | InvalidInput>;

export function makeAddFavourite(profiles: ProfileRepository): AddFavourite {
  return async (userId, kind, id) => {
    const { list, field } = LISTS[kind];
    const error = referenceIdError(id);
    if (error) return invalidInput(field, `${field} ${error}`);
    const { outcome, profile } = await profiles.addFavourite(
      userId,
      list,
      id,
      MAX_FAVOURITES,
      new Date(),
    );
    if (outcome === 'full') return { kind: 'LimitReached', field, limit: MAX_FAVOURITES };
    return { kind: 'ProfileUpdated', userId, profile };
  };
}

export function makeRemoveFavourite(profiles: ProfileRepository): RemoveFavourite {
  return async (userId, kind, id) => {
    const { list, field } = LISTS[kind];
    const error = referenceIdError(id);
    if (error) return invalidInput(field, `${field} ${error}`);
    const profile = await profiles.removeFavourite(userId, list, id, new Date());
    return { kind: 'ProfileUpdated', userId, profile };
  };
}
