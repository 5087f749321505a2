import { pageSize, toPage, type Page } from '@dabba/subgraph-kit';
import type { Store } from '../domain/store';
import { parseStoreCursor, storeCursor } from '../domain/store-order';
import type { StoreRepository } from '../persistence';

export type ListStores = (args: { first: number; after?: string | null }) => Promise<Page<Store>>;

export function makeListStores(stores: StoreRepository): ListStores {
  return async ({ first, after }) => {
    const size = pageSize(first);
    const position = after ? parseStoreCursor(after) : null;
    // One extra store tells whether another page follows.
    const found = await stores.listAfter(position, size + 1);
    return toPage(found, size, storeCursor);
  };
}
