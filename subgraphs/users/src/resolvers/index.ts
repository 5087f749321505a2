import { DateTimeScalar } from '@dabba/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { mutations } from './mutations';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    user: (_parent, { id }, { loaders }) => loaders.userById.load(id),
    me: (_parent, _args, { identity, loaders }) =>
      identity.kind === 'user' && identity.userId ? loaders.userById.load(identity.userId) : null,
  },
  Mutation: mutations,
  User: {
    __resolveReference: (reference, { loaders }) => loaders.userById.load(reference.id),
  },
};
