import { editMenu, type MenuChanges } from '../domain/menu-edit';
import { requireMenu, type MenuEditDeps, type MenuResult } from './menu-edit-context';

/** A partner renames a menu, changes when it is served or moves it; omitted fields stay. */
export type UpdateMenu = (menuId: string, changes: MenuChanges) => Promise<MenuResult>;

export function makeUpdateMenu(deps: MenuEditDeps): UpdateMenu {
  return (menuId, changes) =>
    deps.unitOfWork.run(async (tx) => {
      const { menu } = await requireMenu(deps, menuId, tx);
      const edited = editMenu(menu, changes, deps.now());
      if (!edited.ok) return edited.error;
      await deps.menus.replaceMenu(edited.value, tx.session);
      return { kind: 'MenuSaved', menu: edited.value };
    });
}
