import { BadUserInputError, type Money } from '@dabba/subgraph-kit';
import {
  validateSelection,
  type MenuSelection,
  type SelectionProblem,
} from '../domain/menu-selection';
import { isOpenAt } from '../domain/opening-hours';
import type { MenuRepository } from '../persistence/menu-repository';

export interface SelectionLine extends MenuSelection {
  itemId: string;
  quantity: number;
}

export type CheckedLine =
  | { ok: true; itemId: string; quantity: number; unitPrice: Money; lineTotal: Money }
  | { ok: false; itemId: string; quantity: number; problems: SelectionProblem[] };

export type PricedLine = Extract<CheckedLine, { ok: true }>;
export type InvalidLine = Extract<CheckedLine, { ok: false }>;

export interface SelectionCheck {
  storeId: string;
  valid: boolean;
  lines: CheckedLine[];
  /** The sum of the line totals; null unless every line is valid. */
  subtotal: Money | null;
}

/**
 * Prices a basket of a store's menu items with their modifiers at `at` (now by default): each
 * item must belong to the store, be available, and its menu must be served at that instant.
 */
export type ValidateMenuSelection = (
  storeId: string,
  lines: readonly SelectionLine[],
  at?: Date,
) => Promise<SelectionCheck>;

export const MAX_SELECTION_LINES = 100;
export const MAX_LINE_QUANTITY = 99;

export function makeValidateMenuSelection(menus: MenuRepository): ValidateMenuSelection {
  return async (storeId, lines, at = new Date()) => {
    if (lines.length === 0 || lines.length > MAX_SELECTION_LINES) {
      throw new BadUserInputError(`give 1 to ${MAX_SELECTION_LINES} lines`, { argument: 'lines' });
    }
    const items = await menus.findItemsByIds([...new Set(lines.map((line) => line.itemId))]);
    const menusById = new Map(
      (await menus.findMenusByIds([...new Set(items.map((item) => item.menuId))])).map((menu) => [
        menu.id,
        menu,
      ]),
    );
    const byId = new Map(items.map((item) => [item.id, item]));
    const checked = lines.map((line): CheckedLine => {
      const { itemId, quantity } = line;
      const item = byId.get(itemId);
      if (!item || item.storeId !== storeId) {
        return {
          ok: false,
          itemId,
          quantity,
          problems: [{ code: 'UNKNOWN_ITEM', message: 'This store has no such item' }],
        };
      }
      const problems: SelectionProblem[] = [];
      if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_LINE_QUANTITY) {
        problems.push({
          code: 'INVALID_QUANTITY',
          message: `quantity must be 1 to ${MAX_LINE_QUANTITY}`,
        });
      }
      const menu = menusById.get(item.menuId);
      const result = validateSelection(item, line, {
        menuOpen: menu !== undefined && isOpenAt(menu.availability, at),
      });
      if (!result.ok) problems.push(...result.problems);
      if (!result.ok || problems.length > 0) return { ok: false, itemId, quantity, problems };
      return {
        ok: true,
        itemId,
        quantity,
        unitPrice: result.unitPrice,
        lineTotal: {
          amount: result.unitPrice.amount * quantity,
          currency: result.unitPrice.currency,
        },
      };
    });
    const valid = checked.every((line) => line.ok);
    const priced = checked.filter((line) => line.ok);
    return {
      storeId,
      valid,
      lines: checked,
      subtotal:
        valid && priced.length > 0
          ? {
              amount: priced.reduce((total, line) => total + line.lineTotal.amount, 0),
              currency: priced[0]!.lineTotal.currency,
            }
          : null,
    };
  };
}
