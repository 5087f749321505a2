import type { LocalizedText } from '../domain/menu';
import {
  checkIdempotencyKey,
  idFromIdempotencyKey,
  nextPosition,
  putCategory,
} from '../domain/menu-edit';
import { invalidInput } from '../domain/store-results';
import { requireMenu, type MenuEditDeps, type MenuResult } from './menu-edit-context';

/** A partner adds a category to a menu; a retry with the same key returns the menu unchanged. */
export type CreateMenuCategory = (
  menuId: string,
  input: { idempotencyKey: string; name: LocalizedText; position?: number | null },
) => Promise<MenuResult>;

/** A partner renames or moves a category; omitted fields stay. */
export type UpdateMenuCategory = (
  menuId: string,
  categoryId: string,
  changes: { name?: LocalizedText; position?: number },
) => Promise<MenuResult>;

export function makeCreateMenuCategory(deps: MenuEditDeps): CreateMenuCategory {
  return async (menuId, { idempotencyKey, name, position }) => {
    const key = checkIdempotencyKey(idempotencyKey);
    if (typeof key !== 'string') return key;
    const id = idFromIdempotencyKey('mct', menuId, key);
    return deps.unitOfWork.run(async (tx) => {
      const { menu } = await requireMenu(deps, menuId, tx);
      if (menu.categories.some((category) => category.id === id)) {
        return { kind: 'MenuSaved', menu };
      }
      const edited = putCategory(
        menu,
        { id, name, position: position ?? nextPosition(menu.categories) },
        deps.now(),
      );
      if (!edited.ok) return edited.error;
      await deps.menus.replaceMenu(edited.value, tx.session);
      return { kind: 'MenuSaved', menu: edited.value };
    });
  };
}

export function makeUpdateMenuCategory(deps: MenuEditDeps): UpdateMenuCategory {
  return (menuId, categoryId, changes) =>
    deps.unitOfWork.run(async (tx) => {
      const { menu } = await requireMenu(deps, menuId, tx);
      const category = menu.categories.find((candidate) => candidate.id === categoryId);
      if (!category) return invalidInput('categoryId', 'the menu has no such category');
      const edited = putCategory(menu, { ...category, ...changes }, deps.now());
      if (!edited.ok) return edited.error;
      await deps.menus.replaceMenu(edited.value, tx.session);
      return { kind: 'MenuSaved', menu: edited.value };
    });
}
