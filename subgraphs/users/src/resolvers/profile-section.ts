import type { Resolvers } from '../__generated__/resolvers-types';
import { driverResolvers } from './driver';
import { profileResolvers } from './profile';
import { verificationResolvers } from './verification';

const { User: profileUser, Mutation: profileMutations, ...profileTypes } = profileResolvers;

/** Profiles, drivers and verification, split for merging into the subgraph's resolver map. */
export const profileSection = {
  types: profileTypes,
  user: { ...profileUser, ...driverResolvers.User },
  mutations: {
    ...profileMutations,
    ...driverResolvers.Mutation,
    ...verificationResolvers.Mutation,
  },
} satisfies {
  types: Resolvers;
  user: Resolvers['User'];
  mutations: Resolvers['Mutation'];
};
