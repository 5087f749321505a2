import { parseMoney } from '@dabba/subgraph-kit';
import {
  ALLERGENS,
  DIETARY_TAGS,
  type Allergen,
  type DietaryTag,
  type LocalizedText,
  type MenuItem,
  type ModifierGroup,
} from './menu';
import { invalidInput, invalidPrice, type InvalidInput, type InvalidPrice } from './store-results';

/** A menu item as a partner describes it: prices as decimal strings in the store's currency. */
export interface MenuItemDraft {
  id: string;
  storeId: string;
  menuId: string;
  categoryId: string;
  name: LocalizedText;
  description: LocalizedText | null;
  imageUrls: string[];
  price: string;
  available: boolean;
  dietaryTags: string[];
  allergens: string[];
  modifierGroups: {
    id: string;
    name: LocalizedText;
    minSelections: number;
    maxSelections: number;
    options: { id: string; name: LocalizedText; priceDelta: string; available: boolean }[];
  }[];
  position: number;
}

export type MenuItemResult =
  { ok: true; item: MenuItem } | { ok: false; error: InvalidInput | InvalidPrice };

const NAME_MAX = 120;
const DESCRIPTION_MAX = 500;

export function textProblem(text: LocalizedText, max: number): string | null {
  if (text.en.trim().length === 0) return 'en must not be blank';
  if ([...text.en].length > max || (text.vi !== null && [...text.vi].length > max)) {
    return `must be at most ${max} characters`;
  }
  return null;
}

export const tidyText = (text: LocalizedText): LocalizedText => ({
  en: text.en.normalize('NFC').trim(),
  vi: text.vi === null || text.vi.trim() === '' ? null : text.vi.normalize('NFC').trim(),
});

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Validates a partner's item: names, https images, tags, modifier groups (0 ≤ min ≤ max ≤ options)
 * and money (the kit's parseMoney in the store's currency: no negative amounts, no more decimals
 * than the currency has). Returns the first problem found.
 */
export function buildMenuItem(
  draft: MenuItemDraft,
  currency: string,
  now: { createdAt: Date; updatedAt: Date },
): MenuItemResult {
  const fail = (error: InvalidInput | InvalidPrice): MenuItemResult => ({ ok: false, error });
  const nameProblem = textProblem(draft.name, NAME_MAX);
  if (nameProblem) return fail(invalidInput('name', nameProblem));
  const descriptionProblem = draft.description && textProblem(draft.description, DESCRIPTION_MAX);
  if (descriptionProblem) return fail(invalidInput('description', descriptionProblem));
  if (draft.imageUrls.length > 10 || !draft.imageUrls.every(isHttpsUrl)) {
    return fail(invalidInput('imageUrls', 'give at most 10 https URLs'));
  }
  if (!draft.dietaryTags.every((tag) => (DIETARY_TAGS as readonly string[]).includes(tag))) {
    return fail(invalidInput('dietaryTags', `must be among ${DIETARY_TAGS.join(', ')}`));
  }
  if (!draft.allergens.every((tag) => (ALLERGENS as readonly string[]).includes(tag))) {
    return fail(invalidInput('allergens', `must be among ${ALLERGENS.join(', ')}`));
  }
  const price = parseMoney(draft.price, currency);
  if (!price.ok) return fail(invalidPrice('price', price.reason));

  const groups: ModifierGroup[] = [];
  for (const [index, group] of draft.modifierGroups.entries()) {
    const field = `modifierGroups[${index}]`;
    const groupNameProblem = textProblem(group.name, NAME_MAX);
    if (groupNameProblem) return fail(invalidInput(`${field}.name`, groupNameProblem));
    const { minSelections: min, maxSelections: max } = group;
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < 1 || min > max) {
      return fail(
        invalidInput(field, 'needs 0 ≤ minSelections ≤ maxSelections, maxSelections ≥ 1'),
      );
    }
    if (max > group.options.length) {
      return fail(invalidInput(field, 'maxSelections cannot exceed the number of options'));
    }
    const options = [];
    for (const [optionIndex, option] of group.options.entries()) {
      const optionField = `${field}.options[${optionIndex}]`;
      const optionNameProblem = textProblem(option.name, NAME_MAX);
      if (optionNameProblem) return fail(invalidInput(`${optionField}.name`, optionNameProblem));
      const delta = parseMoney(option.priceDelta, currency);
      if (!delta.ok) return fail(invalidPrice(`${optionField}.priceDelta`, delta.reason));
      options.push({
        id: option.id,
        name: tidyText(option.name),
        priceDelta: delta.money,
        available: option.available,
      });
    }
    groups.push({
      id: group.id,
      name: tidyText(group.name),
      minSelections: min,
      maxSelections: max,
      options,
    });
  }

  return {
    ok: true,
    item: {
      id: draft.id,
      storeId: draft.storeId,
      menuId: draft.menuId,
      categoryId: draft.categoryId,
      name: tidyText(draft.name),
      description: draft.description ? tidyText(draft.description) : null,
      imageUrls: draft.imageUrls,
      price: price.money,
      available: draft.available,
      dietaryTags: [...new Set(draft.dietaryTags)] as DietaryTag[],
      allergens: [...new Set(draft.allergens)] as Allergen[],
      modifierGroups: groups,
      position: draft.position,
      ...now,
    },
  };
}
