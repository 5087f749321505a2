import type { Money } from '@dabba/subgraph-kit';
import type { MenuItem } from './menu';

/** The options a customer chose for one item, group by group. */
export interface MenuSelection {
  modifiers: { groupId: string; optionIds: string[] }[];
}

export type SelectionProblemCode =
  | 'UNKNOWN_ITEM'
  | 'INVALID_QUANTITY'
  | 'ITEM_UNAVAILABLE'
  | 'MENU_UNAVAILABLE'
  | 'UNKNOWN_GROUP'
  | 'DUPLICATE_GROUP'
  | 'UNKNOWN_OPTION'
  | 'OPTION_UNAVAILABLE'
  | 'DUPLICATE_OPTION'
  | 'BELOW_MIN_SELECTIONS'
  | 'ABOVE_MAX_SELECTIONS';

export interface SelectionProblem {
  code: SelectionProblemCode;
  message: string;
  /** The modifier group at fault, when there is one. */
  groupId?: string;
  /** The option at fault, when there is one. */
  optionId?: string;
}

export type SelectionResult =
  { ok: true; unitPrice: Money } | { ok: false; problems: SelectionProblem[] };

/**
 * Checks a customer's choices for one unit of `item` against its modifier groups and prices it:
 * the item's price plus every chosen option's delta. Reports every problem at once. Pass
 * `at.menuOpen` when the caller knows whether the item's menu is being served now.
 */
export function validateSelection(
  item: MenuItem,
  selection: MenuSelection,
  at?: { menuOpen: boolean },
): SelectionResult {
  const problems: SelectionProblem[] = [];
  if (!item.available) {
    problems.push({ code: 'ITEM_UNAVAILABLE', message: 'This item is not available right now' });
  }
  if (at && !at.menuOpen) {
    problems.push({ code: 'MENU_UNAVAILABLE', message: 'This menu is not being served now' });
  }

  const chosen = new Map<string, string[]>();
  for (const { groupId, optionIds } of selection.modifiers) {
    if (!item.modifierGroups.some((group) => group.id === groupId)) {
      problems.push({ code: 'UNKNOWN_GROUP', groupId, message: 'No such modifier group' });
    } else if (chosen.has(groupId)) {
      problems.push({ code: 'DUPLICATE_GROUP', groupId, message: 'Group given more than once' });
    } else {
      chosen.set(groupId, optionIds);
    }
  }

  let amount = item.price.amount;
  for (const group of item.modifierGroups) {
    const optionIds = chosen.get(group.id) ?? [];
    const seen = new Set<string>();
    for (const optionId of optionIds) {
      const where = { groupId: group.id, optionId };
      const option = group.options.find((candidate) => candidate.id === optionId);
      if (seen.has(optionId)) {
        problems.push({ code: 'DUPLICATE_OPTION', ...where, message: 'Option chosen twice' });
      } else if (!option) {
        problems.push({ code: 'UNKNOWN_OPTION', ...where, message: 'No such option in group' });
      } else if (!option.available) {
        problems.push({ code: 'OPTION_UNAVAILABLE', ...where, message: 'Option not available' });
      } else {
        amount += option.priceDelta.amount;
      }
      seen.add(optionId);
    }
    if (seen.size < group.minSelections) {
      problems.push({
        code: 'BELOW_MIN_SELECTIONS',
        groupId: group.id,
        message: `Choose at least ${group.minSelections} of ${group.name.en}`,
      });
    } else if (seen.size > group.maxSelections) {
      problems.push({
        code: 'ABOVE_MAX_SELECTIONS',
        groupId: group.id,
        message: `Choose at most ${group.maxSelections} of ${group.name.en}`,
      });
    }
  }

  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, unitPrice: { amount, currency: item.price.currency } };
}
