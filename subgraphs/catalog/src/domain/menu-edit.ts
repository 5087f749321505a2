import { createHash, randomUUID } from 'node:crypto';
import { formatMoneyDecimal } from '@dabba/subgraph-kit';
import type { LocalizedText, Menu, MenuCategory, MenuItem } from './menu';
import { textProblem, tidyText, type MenuItemDraft } from './menu-item';
import { validateOpeningHours, type OpeningHours } from './opening-hours';
import {
  invalidInput,
  type InvalidInput,
  type InvalidOpeningHours,
  type InvalidPrice,
} from './store-results';

/**
 * Partner edits of menus, categories and items: pure rules shared by the menu management use
 * cases. Prices stay decimal strings until buildMenuItem parses them in the store's currency.
 */

export const POSITION_MAX = 10_000;
export const IDEMPOTENCY_KEY_MAX = 128;
const NAME_MAX = 120;

/** Why a menu or category edit was refused. */
export type MenuEditError = InvalidInput | InvalidOpeningHours;
/** Why an item edit was refused. */
export type ItemEditError = InvalidInput | InvalidPrice;
export type Edited<T> = { ok: true; value: T } | { ok: false; error: MenuEditError };

const fail = <T>(error: MenuEditError): Edited<T> => ({ ok: false, error });

/** The key a client sent, trimmed, or why it cannot be used. */
export function checkIdempotencyKey(key: string): string | InvalidInput {
  const trimmed = key.trim();
  return trimmed.length === 0 || trimmed.length > IDEMPOTENCY_KEY_MAX
    ? invalidInput('idempotencyKey', `must be 1 to ${IDEMPOTENCY_KEY_MAX} characters`)
    : trimmed;
}

/**
 * A stable id from the parent and the client's idempotency key: a retried create lands on the
 * same id, so the use case finds and returns what the first attempt made.
 */
export function idFromIdempotencyKey(
  prefix: 'men' | 'mct' | 'itm',
  parentId: string,
  key: string,
): string {
  const digest = createHash('sha256').update(`${parentId}\u0000${key}`).digest('base64url');
  return `${prefix}_${digest.slice(0, 22)}`;
}

/** Where a new entry goes when the partner gives no position: after the last one. */
export function nextPosition(siblings: readonly { position: number }[]): number {
  return Math.min(POSITION_MAX, Math.max(-1, ...siblings.map((s) => s.position)) + 1);
}

function positionProblem(position: number): InvalidInput | null {
  return Number.isInteger(position) && position >= 0 && position <= POSITION_MAX
    ? null
    : invalidInput('position', `must be a whole number from 0 to ${POSITION_MAX}`);
}

function nameOf(name: LocalizedText): Edited<LocalizedText> {
  const problem = textProblem(name, NAME_MAX);
  return problem ? fail(invalidInput('name', problem)) : { ok: true, value: tidyText(name) };
}

export interface MenuChanges {
  name?: LocalizedText;
  availability?: OpeningHours;
  position?: number;
}

/** The menu with the partner's changes applied and checked; categories are kept. */
export function editMenu(menu: Menu, changes: MenuChanges, now: Date): Edited<Menu> {
  const name = nameOf(changes.name ?? menu.name);
  if (!name.ok) return name;
  const position = changes.position ?? menu.position;
  const badPosition = positionProblem(position);
  if (badPosition) return fail(badPosition);
  let availability = menu.availability;
  if (changes.availability) {
    const hours = validateOpeningHours(changes.availability);
    if (!hours.ok) {
      return fail({ kind: 'InvalidOpeningHours', field: 'availability', problems: hours.problems });
    }
    availability = hours.hours;
  }
  return { ok: true, value: { ...menu, name: name.value, availability, position, updatedAt: now } };
}

/** Categories sorted by position, then id, as menus keep them. */
export function sortCategories(categories: readonly MenuCategory[]): MenuCategory[] {
  return [...categories].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
}

/** The menu with one category added or replaced (by id), checked. */
export function putCategory(menu: Menu, category: MenuCategory, now: Date): Edited<Menu> {
  const name = nameOf(category.name);
  if (!name.ok) return name;
  const badPosition = positionProblem(category.position);
  if (badPosition) return fail(badPosition);
  const others = menu.categories.filter((existing) => existing.id !== category.id);
  return {
    ok: true,
    value: {
      ...menu,
      categories: sortCategories([...others, { ...category, name: name.value }]),
      updatedAt: now,
    },
  };
}

/** A modifier group as the partner sends it: ids only for groups and options to keep. */
export interface ModifierGroupInput {
  id?: string | null;
  name: LocalizedText;
  minSelections: number;
  maxSelections: number;
  options: {
    id?: string | null;
    name: LocalizedText;
    priceDelta: string;
    available: boolean;
  }[];
}

/**
 * The item's modifier groups as drafts: given ids must be groups (and options of that group) the
 * item already has, so a partner cannot take over another item's ids; new ones get fresh ids.
 */
export function modifierDrafts(
  existing: MenuItem | null,
  groups: readonly ModifierGroupInput[],
): { ok: true; value: MenuItemDraft['modifierGroups'] } | { ok: false; error: InvalidInput } {
  const drafts: MenuItemDraft['modifierGroups'] = [];
  const seen = new Set<string>();
  for (const [index, group] of groups.entries()) {
    const field = `modifierGroups[${index}]`;
    const known = group.id ? existing?.modifierGroups.find((g) => g.id === group.id) : undefined;
    if (group.id && (!known || seen.has(group.id))) {
      return { ok: false, error: invalidInput(`${field}.id`, 'not a group of this item') };
    }
    const options = [];
    for (const [optionIndex, option] of group.options.entries()) {
      if (option.id && (!known?.options.some((o) => o.id === option.id) || seen.has(option.id))) {
        return {
          ok: false,
          error: invalidInput(`${field}.options[${optionIndex}].id`, 'not an option of this group'),
        };
      }
      const id = option.id ?? `mop_${randomUUID()}`;
      seen.add(id);
      options.push({ ...option, id });
    }
    const id = group.id ?? `mgr_${randomUUID()}`;
    seen.add(id);
    drafts.push({ ...group, id, options });
  }
  return { ok: true, value: drafts };
}

/** An item as a draft again (prices as decimals), to apply a partner's changes and rebuild it. */
export function draftOf(item: MenuItem): MenuItemDraft {
  return {
    ...item,
    price: formatMoneyDecimal(item.price),
    modifierGroups: item.modifierGroups.map((group) => ({
      ...group,
      options: group.options.map((option) => ({
        ...option,
        priceDelta: formatMoneyDecimal(option.priceDelta),
      })),
    })),
  };
}

/** Checks an item's position (its other fields are checked by buildMenuItem). */
export function checkItemPosition(position: number): InvalidInput | null {
  return positionProblem(position);
}
