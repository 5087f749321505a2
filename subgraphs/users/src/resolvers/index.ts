import { DateTimeScalar } from '@dabba/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { canReadEmail } from '../domain/user';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    user: (_parent, { id }, { loaders }) => loaders.userById.load(id),
  },
  User: {
    __resolveReference: (reference, { loaders }) => loaders.userById.load(reference.id),
    email: (user, _args, { identity }) => (canReadEmail(identity, user) ? user.email : null),
  },
};
