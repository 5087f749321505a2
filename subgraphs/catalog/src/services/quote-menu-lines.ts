import type { BasketLine } from '../domain/pricing';
import type { InvalidLine, ValidateMenuSelection } from './validate-menu-selection';

/** A basket line of a menu item with the options chosen in its modifier groups. */
export interface MenuQuoteLine {
  kind: 'MENU_ITEM';
  itemId: string;
  quantity: number;
  modifiers: { groupId: string; optionIds: string[] }[];
}

/** What a quoted line is: a product by SKU or a menu item. */
export type QuotedLineRef =
  | { kind: 'PRODUCT'; sku: string; itemId: null; productId: string | null }
  | { kind: 'MENU_ITEM'; sku: null; itemId: string; productId: null };

/**
 * A line id naming the item and its choices, the same whatever order groups and options were
 * given in: identical choices make one line, different ones separate lines.
 */
export function menuLineId({ itemId, modifiers }: Pick<MenuQuoteLine, 'itemId' | 'modifiers'>) {
  const choices = [...modifiers]
    .sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0))
    .map(({ groupId, optionIds }) => `${groupId}=${[...optionIds].sort().join(',')}`);
  return choices.length === 0 ? itemId : `${itemId}|${choices.join(';')}`;
}

/**
 * Checks and prices a basket's menu item lines against the menus served at `at` and turns them
 * into pricing lines. Promotions match them by item id (an SKUS target naming the item) or apply
 * store-wide; menu categories are not category paths, so CATEGORIES targets never match them.
 */
export async function menuBasketLines(
  check: ValidateMenuSelection,
  storeId: string,
  lines: readonly MenuQuoteLine[],
  at: Date,
): Promise<
  | { ok: true; lines: BasketLine[]; refs: Record<string, QuotedLineRef> }
  | { ok: false; invalid: InvalidLine[] }
> {
  const checked = await check(storeId, lines, at);
  if (!checked.valid) {
    return { ok: false, invalid: checked.lines.filter((line) => !line.ok) };
  }
  const merged = new Map<string, BasketLine>();
  const refs: Record<string, QuotedLineRef> = {};
  checked.lines.forEach((line, index) => {
    if (!line.ok) return;
    const lineId = menuLineId(lines[index]!);
    const existing = merged.get(lineId);
    if (existing) {
      existing.quantity += line.quantity;
      return;
    }
    merged.set(lineId, {
      lineId,
      sku: line.itemId,
      categories: [],
      unitPrice: line.unitPrice.amount,
      quantity: line.quantity,
      nearExpiry: false,
    });
    refs[lineId] = { kind: 'MENU_ITEM', sku: null, itemId: line.itemId, productId: null };
  });
  return { ok: true, lines: [...merged.values()], refs };
}
