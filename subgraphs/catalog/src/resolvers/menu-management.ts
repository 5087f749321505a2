import type {
  LocalizedTextInput,
  ModifierGroupInput,
  MutationResolvers,
  OpeningHoursInput,
  UpdateMenuItemInput,
} from '../__generated__/resolvers-types';
import type { LocalizedText } from '../domain/menu';
import type { ModifierGroupInput as GroupDraft } from '../domain/menu-edit';
import type { OpeningHours } from '../domain/opening-hours';
import type { ItemEditError, MenuEditError } from '../domain/menu-edit';
import type { InvalidInput } from '../domain/store-results';
import type { MenuItemFields } from '../services/create-menu-item';
import type { DeleteResult } from '../services/delete-menu-entries';
import type { MenuItemSaved, MenuSaved } from '../services/menu-edit-context';

const text = ({ en, vi }: LocalizedTextInput): LocalizedText => ({ en, vi: vi ?? null });

const hours = ({ timeZone, weekly, exceptions }: OpeningHoursInput): OpeningHours => ({
  timeZone,
  weekly,
  exceptions: (exceptions ?? []).map(({ date, intervals }) => ({
    date,
    intervals: intervals ?? [],
  })),
});

const groups = (input: readonly ModifierGroupInput[]): GroupDraft[] =>
  input.map((group) => ({
    id: group.id ?? null,
    name: text(group.name),
    minSelections: group.minSelections,
    maxSelections: group.maxSelections,
    options: group.options.map((option) => ({
      id: option.id ?? null,
      name: text(option.name),
      priceDelta: option.priceDelta ?? '0',
      available: option.available ?? true,
    })),
  }));

function invalidInput(error: InvalidInput) {
  return {
    __typename: 'InvalidCatalogInput' as const,
    code: 'INVALID_INPUT',
    message: `${error.field}: ${error.message}`,
    field: error.field,
  };
}

/** A refused menu or category change as its GraphQL type, with its stable code. */
function menuRefusal(error: MenuEditError) {
  if (error.kind === 'InvalidInput') return invalidInput(error);
  return {
    __typename: 'InvalidOpeningHours' as const,
    code: 'INVALID_OPENING_HOURS',
    message: 'This availability cannot be used',
    field: error.field,
    problems: error.problems,
  };
}

/** A refused item change as its GraphQL type, with its stable code. */
function itemRefusal(error: ItemEditError) {
  if (error.kind === 'InvalidInput') return invalidInput(error);
  return {
    __typename: 'InvalidMenuPrice' as const,
    code: 'INVALID_PRICE',
    message: `${error.field}: ${error.message}`,
    field: error.field,
  };
}

function menuOutcome(outcome: MenuSaved | MenuEditError) {
  return outcome.kind === 'MenuSaved'
    ? { __typename: 'MenuPayload' as const, menu: outcome.menu }
    : menuRefusal(outcome);
}

function itemOutcome(outcome: MenuItemSaved | ItemEditError) {
  return outcome.kind === 'MenuItemSaved'
    ? { __typename: 'MenuItemPayload' as const, item: outcome.item }
    : itemRefusal(outcome);
}

function deletionOutcome(outcome: DeleteResult) {
  return outcome.kind === 'MenuEntryDeleted'
    ? {
        __typename: 'MenuDeletion' as const,
        deletedId: outcome.deletedId,
        deletedItemIds: outcome.deletedItemIds,
      }
    : invalidInput(outcome);
}

/** The item changes the partner gave; a field left out stays, a null description removes it. */
function itemChanges(input: UpdateMenuItemInput): Partial<MenuItemFields> {
  const changes: Partial<MenuItemFields> = {};
  if (input.categoryId != null) changes.categoryId = input.categoryId;
  if (input.name != null) changes.name = text(input.name);
  if (input.description !== undefined) {
    changes.description = input.description === null ? null : text(input.description);
  }
  if (input.imageUrls != null) changes.imageUrls = input.imageUrls;
  if (input.price != null) changes.price = input.price;
  if (input.available != null) changes.available = input.available;
  if (input.dietaryTags != null) changes.dietaryTags = input.dietaryTags;
  if (input.allergens != null) changes.allergens = input.allergens;
  if (input.modifierGroups != null) changes.modifierGroups = groups(input.modifierGroups);
  if (input.position != null) changes.position = input.position;
  return changes;
}

/** Partner menu management: merged into Mutation by resolvers/index.ts. */
export const menuManagementMutations: MutationResolvers = {
  createMenu: async (_parent, { storeId, input }, { services }) =>
    menuOutcome(
      await services.createMenu({
        storeId,
        idempotencyKey: input.idempotencyKey,
        name: text(input.name),
        availability: hours(input.availability),
        position: input.position ?? null,
      }),
    ),
  updateMenu: async (_parent, { menuId, input }, { services }) =>
    menuOutcome(
      await services.updateMenu(menuId, {
        ...(input.name ? { name: text(input.name) } : {}),
        ...(input.availability ? { availability: hours(input.availability) } : {}),
        ...(input.position != null ? { position: input.position } : {}),
      }),
    ),
  deleteMenu: async (_parent, { menuId }, { services }) =>
    deletionOutcome(await services.deleteMenu(menuId)),
  createMenuCategory: async (_parent, { menuId, input }, { services }) =>
    menuOutcome(
      await services.createMenuCategory(menuId, {
        idempotencyKey: input.idempotencyKey,
        name: text(input.name),
        position: input.position ?? null,
      }),
    ),
  updateMenuCategory: async (_parent, { menuId, categoryId, input }, { services }) =>
    menuOutcome(
      await services.updateMenuCategory(menuId, categoryId, {
        ...(input.name ? { name: text(input.name) } : {}),
        ...(input.position != null ? { position: input.position } : {}),
      }),
    ),
  deleteMenuCategory: async (_parent, { menuId, categoryId }, { services }) =>
    deletionOutcome(await services.deleteMenuCategory(menuId, categoryId)),
  createMenuItem: async (_parent, { menuId, input }, { services }) =>
    itemOutcome(
      await services.createMenuItem(menuId, {
        idempotencyKey: input.idempotencyKey,
        categoryId: input.categoryId,
        name: text(input.name),
        description: input.description ? text(input.description) : null,
        imageUrls: input.imageUrls ?? [],
        price: input.price,
        available: input.available ?? true,
        dietaryTags: input.dietaryTags ?? [],
        allergens: input.allergens ?? [],
        modifierGroups: groups(input.modifierGroups ?? []),
        position: input.position ?? null,
      }),
    ),
  updateMenuItem: async (_parent, { itemId, input }, { services }) =>
    itemOutcome(await services.updateMenuItem(itemId, itemChanges(input))),
  setModifierOptionAvailability: async (_parent, { itemId, optionId, available }, { services }) =>
    itemOutcome(await services.setModifierOptionAvailability(itemId, optionId, available)),
  deleteMenuItem: async (_parent, { itemId }, { services }) =>
    deletionOutcome(await services.deleteMenuItem(itemId)),
};
