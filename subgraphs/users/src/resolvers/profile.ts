import { signedInUserId } from '@dabba/subgraph-kit';
import type { MutationResolvers, Resolvers, UserResolvers } from '../__generated__/resolvers-types';
import type { UsersContext } from '../context';
import { defaultAddress } from '../domain/address';
import { notificationMatrix, type NotificationMatrix } from '../domain/preferences';
import { fullName, isVerified, type PersonName, type Profile } from '../domain/profile';
import type { User } from '../domain/user';
import { toResult } from './profile-results';

const profileOf = (user: User, { loaders }: UsersContext): Promise<Profile> =>
  loaders.profileByUserId.load(user.id);

/**
 * Runs a profile use case for the signed-in user; later fields of the same request see the
 * profile it saved.
 */
async function forMe<T extends { kind: string; profile?: Profile }>(
  context: UsersContext,
  run: (userId: string) => Promise<T>,
) {
  const userId = signedInUserId(context.identity);
  const outcome = await run(userId);
  if (outcome.profile) context.loaders.profileByUserId.clear(userId).prime(userId, outcome.profile);
  return toResult(outcome);
}

async function userById(userId: string, { loaders }: UsersContext): Promise<User> {
  const user = await loaders.userById.load(userId);
  if (!user) throw new Error(`user ${userId} does not exist`);
  return user;
}

const withFullName = (name: PersonName, language: 'en' | 'vi') => ({
  ...name,
  fullName: fullName(name, language),
});

const channel = (topics: NotificationMatrix['EMAIL']) => ({
  orderUpdates: topics.ORDER_UPDATES,
  promotions: topics.PROMOTIONS,
  accountSecurity: topics.ACCOUNT_SECURITY,
});

const userFields: UserResolvers = {
  name: async (user, _args, context) => (await profileOf(user, context)).name,
  emailVerified: async (user, _args, context) =>
    isVerified((await profileOf(user, context)).verifiedEmail, user.email),
  phoneVerified: async (user, _args, context) =>
    isVerified((await profileOf(user, context)).verifiedPhone, user.phone),
  addresses: async (user, _args, context) => (await profileOf(user, context)).addresses,
  defaultAddress: async (user, _args, context) => {
    const profile = await profileOf(user, context);
    return defaultAddress(profile.addresses, profile.defaultAddressId);
  },
  dietaryPreferences: async (user, _args, context) =>
    (await profileOf(user, context)).dietaryPreferences,
  favouriteStores: async (user, _args, context) =>
    (await profileOf(user, context)).favouriteStoreIds.map((id) => ({ __typename: 'Store', id })),
  favouriteProducts: async (user, _args, context) =>
    (await profileOf(user, context)).favouriteProductIds.map((id) => ({
      __typename: 'Product',
      id,
    })),
  notificationPreferences: async (user, _args, context) => {
    const matrix = notificationMatrix((await profileOf(user, context)).notifications);
    return { email: channel(matrix.EMAIL), sms: channel(matrix.SMS), push: channel(matrix.PUSH) };
  },
};

const profileMutations: MutationResolvers = {
  updateName: (_parent, { input }, context) =>
    forMe(context, (userId) => context.services.updateName(userId, input)),
  updateLocale: (_parent, { locale }, context) =>
    forMe(context, async (userId) => {
      const outcome = await context.services.updateLocale(userId, locale);
      context.loaders.userById.clear(userId);
      return outcome;
    }),
  addAddress: (_parent, { input }, context) =>
    forMe(context, (userId) => context.services.addAddress(userId, input)),
  updateAddress: (_parent, { input }, context) =>
    forMe(context, (userId) => context.services.updateAddress(userId, input)),
  removeAddress: (_parent, { id }, context) =>
    forMe(context, (userId) => context.services.removeAddress(userId, id)),
  setDefaultAddress: (_parent, { id }, context) =>
    forMe(context, (userId) => context.services.setDefaultAddress(userId, id)),
  setDietaryPreferences: (_parent, { preferences }, context) =>
    forMe(context, (userId) => context.services.setDietaryPreferences(userId, preferences)),
  updateNotificationPreferences: (_parent, { settings }, context) =>
    forMe(context, (userId) => context.services.updateNotificationPreferences(userId, settings)),
  addFavouriteStore: (_parent, { storeId }, context) =>
    forMe(context, (userId) => context.services.addFavourite(userId, 'store', storeId)),
  removeFavouriteStore: (_parent, { storeId }, context) =>
    forMe(context, (userId) => context.services.removeFavourite(userId, 'store', storeId)),
  addFavouriteProduct: (_parent, { productId }, context) =>
    forMe(context, (userId) => context.services.addFavourite(userId, 'product', productId)),
  removeFavouriteProduct: (_parent, { productId }, context) =>
    forMe(context, (userId) => context.services.removeFavourite(userId, 'product', productId)),
};

export const profileResolvers: Resolvers = {
  User: userFields,
  Mutation: profileMutations,
  LocalizedName: {
    en: (name) => withFullName(name.en, 'en'),
    vi: (name) => (name.vi ? withFullName(name.vi, 'vi') : null),
  },
  ProfileUpdated: { user: (result, _args, context) => userById(result.userId, context) },
  AddressSaved: { user: (result, _args, context) => userById(result.userId, context) },
  ContactVerified: { user: (result, _args, context) => userById(result.userId, context) },
};
