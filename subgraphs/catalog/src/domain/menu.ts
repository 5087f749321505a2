import { DIETARY_TAGS, type DietaryTag, type Money } from '@dabba/subgraph-kit';
import type { LocalizedText } from './localized-text';
import type { OpeningHours } from './opening-hours';

export { DIETARY_TAGS, type DietaryTag, type LocalizedText };

/** The fourteen allergens EU food law requires a menu to declare. */
export const ALLERGENS = [
  'CEREALS_CONTAINING_GLUTEN',
  'CRUSTACEANS',
  'EGGS',
  'FISH',
  'PEANUTS',
  'SOYBEANS',
  'MILK',
  'TREE_NUTS',
  'CELERY',
  'MUSTARD',
  'SESAME',
  'SULPHITES',
  'LUPIN',
  'MOLLUSCS',
] as const;
export type Allergen = (typeof ALLERGENS)[number];

export interface ModifierOption {
  id: string;
  name: LocalizedText;
  /** Added to the item's price when chosen; never negative, in the store's currency. */
  priceDelta: Money;
  available: boolean;
}

/** Choices a customer makes for an item, e.g. "Size" (exactly one) or "Extras" (up to three). */
export interface ModifierGroup {
  id: string;
  name: LocalizedText;
  minSelections: number;
  maxSelections: number;
  options: ModifierOption[];
}

/** Whether a customer must choose at least one option of the group. */
export function isRequired(group: Pick<ModifierGroup, 'minSelections'>): boolean {
  return group.minSelections >= 1;
}

export interface MenuItem {
  id: string;
  storeId: string;
  menuId: string;
  categoryId: string;
  name: LocalizedText;
  description: LocalizedText | null;
  /** https URLs. */
  imageUrls: string[];
  /** Base price in the store's currency. */
  price: Money;
  /** Partners switch an item off when it runs out; customers still see it, but cannot order it. */
  available: boolean;
  dietaryTags: DietaryTag[];
  allergens: Allergen[];
  modifierGroups: ModifierGroup[];
  /** Order within its category, ascending. */
  position: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface MenuCategory {
  id: string;
  name: LocalizedText;
  /** Order within the menu, ascending. */
  position: number;
}

/** A category as GraphQL resolves it: with the menu and store it belongs to. */
export interface MenuCategoryInMenu extends MenuCategory {
  menuId: string;
  storeId: string;
}

/** A restaurant's menu, e.g. "All day" or "Breakfast", served during its availability windows. */
export interface Menu {
  id: string;
  storeId: string;
  name: LocalizedText;
  /** Weekly windows in the store's time zone when the menu can be ordered from. */
  availability: OpeningHours;
  categories: MenuCategory[];
  /** Order among the store's menus, ascending. */
  position: number;
  createdAt: Date;
  updatedAt: Date;
}
