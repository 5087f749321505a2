import { ConflictError } from '@dabba/subgraph-kit';
import type { LocalizedText, Menu } from '../domain/menu';
import {
  checkIdempotencyKey,
  editMenu,
  idFromIdempotencyKey,
  nextPosition,
} from '../domain/menu-edit';
import type { OpeningHours } from '../domain/opening-hours';
import { invalidInput } from '../domain/store-results';
import { requireStore, type MenuEditDeps, type MenuResult } from './menu-edit-context';

export interface CreateMenuInput {
  storeId: string;
  /** The client's key: a retry with it returns the first menu. */
  idempotencyKey: string;
  name: LocalizedText;
  availability: OpeningHours;
  position?: number | null;
}

/** A partner adds an empty menu to a restaurant. */
export type CreateMenu = (input: CreateMenuInput) => Promise<MenuResult>;

export function makeCreateMenu(deps: MenuEditDeps): CreateMenu {
  return async ({ storeId, idempotencyKey, name, availability, position }) => {
    const store = await requireStore(deps, storeId);
    if (store.kind !== 'RESTAURANT') return invalidInput('storeId', 'only restaurants have menus');
    const key = checkIdempotencyKey(idempotencyKey);
    if (typeof key !== 'string') return key;
    const id = idFromIdempotencyKey('men', store.id, key);
    const [replayed] = await deps.menus.findMenusByIds([id]);
    if (replayed) return { kind: 'MenuSaved', menu: replayed };

    const now = deps.now();
    const siblings = await deps.menus.findMenusByStoreIds([store.id]);
    const empty: Menu = {
      id,
      storeId: store.id,
      name,
      availability,
      categories: [],
      position: 0,
      createdAt: now,
      updatedAt: now,
    };
    const built = editMenu(
      empty,
      { name, availability, position: position ?? nextPosition(siblings) },
      now,
    );
    if (!built.ok) return built.error;
    try {
      await deps.unitOfWork.run((tx) => deps.menus.insertMenu(built.value, tx.session));
      return { kind: 'MenuSaved', menu: built.value };
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      // The same key raced us: answer with what it created.
      const [created] = await deps.menus.findMenusByIds([id]);
      if (!created) throw error;
      return { kind: 'MenuSaved', menu: created };
    }
  };
}
