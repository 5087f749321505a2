import { DateTimeScalar } from '@dabba/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { adminSection } from './admin';
import { mutations } from './mutations';
import { organizationMutations } from './organization-mutations';
import { organizationResolvers } from './organization';
import { profileSection } from './profile-section';

const {
  Query: organizationQuery,
  User: organizationUser,
  ...organizationTypes
} = organizationResolvers;

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  ...organizationTypes,
  ...profileSection.types,
  Query: {
    ...organizationQuery,
    ...adminSection.query,
    user: (_parent, { id }, { loaders }) => loaders.userById.load(id),
    me: (_parent, _args, { identity, loaders }) =>
      identity.kind === 'user' && identity.userId ? loaders.userById.load(identity.userId) : null,
  },
  Mutation: {
    ...mutations,
    ...organizationMutations,
    ...profileSection.mutations,
    ...adminSection.mutations,
  },
  User: {
    ...organizationUser,
    ...profileSection.user,
    ...adminSection.user,
    __resolveReference: (reference, { loaders }) => loaders.userById.load(reference.id),
  },
};
