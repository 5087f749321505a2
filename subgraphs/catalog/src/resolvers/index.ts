import { DateTimeScalar } from '@dabba/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { ownerReference } from '../domain/store';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    store: (_parent, { id }, { loaders }) => loaders.storeById.load(id),
    stores: (_parent, { first, after }, { services }) => services.listStores({ first, after }),
  },
  Store: {
    __resolveReference: (reference, { loaders }) => loaders.storeById.load(reference.id),
    owner: (store) => ownerReference(store),
  },
  User: {
    stores: (user, _args, { loaders }) => loaders.storesByOwnerId.load(user.id),
  },
};
