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

/** Later fields of the same request see the profile the mutation saved. */
function remember<T extends { kind: string; profile?: Profile }>(
  outcome: T,
  userId: string,
  { loaders }: UsersContext,
): T {
  if (outcome.profile && 'userId' in outcome.profile) {
    loaders.profileByUserId.clear(userId).prime(userId, outcome.profile);
  }
  return outcome;
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

const me = (context: UsersContext) => signedInUserId(context.identity);

const profileMutations: MutationResolvers = {
  updateName: async (_parent, { input }, context) =>
    toResult(remember(await context.services.updateName(me(context), input), me(context), context)),
  updateLocale: async (_parent, { locale }, context) => {
    const outcome = await context.services.updateLocale(me(context), locale);
    context.loaders.userById.clear(me(context));
    return toResult(remember(outcome, me(context), context));
  },
  addAddress: async (_parent, { input }, context) =>
    toResult(remember(await context.services.addAddress(me(context), input), me(context), context)),
  updateAddress: async (_parent, { input }, context) =>
    toResult(
      remember(await context.services.updateAddress(me(context), input), me(context), context),
    ),
  removeAddress: async (_parent, { id }, context) =>
    toResult(remember(await context.services.removeAddress(me(context), id), me(context), context)),
  setDefaultAddress: async (_parent, { id }, context) =>
    toResult(
      remember(await context.services.setDefaultAddress(me(context), id), me(context), context),
    ),
  setDietaryPreferences: async (_parent, { preferences }, context) =>
    toResult(
      remember(
        await context.services.setDietaryPreferences(me(context), preferences),
        me(context),
        context,
      ),
    ),
  updateNotificationPreferences: async (_parent, { settings }, context) =>
    toResult(
      remember(
        await context.services.updateNotificationPreferences(me(context), settings),
        me(context),
        context,
      ),
    ),
  addFavouriteStore: async (_parent, { storeId }, context) =>
    toResult(
      remember(
        await context.services.addFavourite(me(context), 'store', storeId),
        me(context),
        context,
      ),
    ),
  removeFavouriteStore: async (_parent, { storeId }, context) =>
    toResult(
      remember(
        await context.services.removeFavourite(me(context), 'store', storeId),
        me(context),
        context,
      ),
    ),
  addFavouriteProduct: async (_parent, { productId }, context) =>
    toResult(
      remember(
        await context.services.addFavourite(me(context), 'product', productId),
        me(context),
        context,
      ),
    ),
  removeFavouriteProduct: async (_parent, { productId }, context) =>
    toResult(
      remember(
        await context.services.removeFavourite(me(context), 'product', productId),
        me(context),
        context,
      ),
    ),
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
