import { DateTimeScalar, formatMoneyDecimal } from '@dabba/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { organizationReference } from '../domain/store';
import { productResolvers } from './products';
import { reviewResolvers } from './reviews';
import { searchResolvers } from './search';
import { menuManagementMutations } from './menu-management';
import { menuResolvers } from './menus';
import { storeResolvers } from './stores';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    ...menuResolvers.Query,
    store: (_parent, { id }, { loaders }) => loaders.storeById.load(id),
    stores: (_parent, { first, after }, { services }) => services.listStores({ first, after }),
    ...productResolvers.Query,
    ...searchResolvers.Query,
  },
  Mutation: {
    ...storeResolvers.Mutation,
    ...reviewResolvers.Mutation,
    ...productResolvers.Mutation,
    ...menuManagementMutations,
  },
  Store: {
    __resolveReference: (reference, { loaders }) => loaders.storeById.load(reference.id),
    organization: (store) => organizationReference(store),
    ...storeResolvers.Store,
    ...menuResolvers.Store,
    ...reviewResolvers.Store,
    ...productResolvers.Store,
  },
  ...productResolvers.types,
  Rating: reviewResolvers.Rating,
  SearchHit: searchResolvers.SearchHit,
  Review: reviewResolvers.Review,
  DeliveryArea: storeResolvers.DeliveryArea,
  Menu: menuResolvers.Menu,
  MenuCategory: menuResolvers.MenuCategory,
  MenuItem: menuResolvers.MenuItem,
  ModifierGroup: menuResolvers.ModifierGroup,
  InvalidSelection: menuResolvers.InvalidSelection,
  MenuSelectionLineResult: menuResolvers.MenuSelectionLineResult,
  OpeningHoursException: storeResolvers.OpeningHoursException,
  Organization: {
    stores: (organization, { first, after }, { loaders }) =>
      loaders.organizationStores.load({
        organizationId: organization.id,
        first,
        after: after ?? null,
      }),
  },
  Money: {
    decimal: (money) => formatMoneyDecimal(money),
  },
};
