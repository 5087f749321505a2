import { pageSize, toPage, type Page } from '@dabba/subgraph-kit';
import type { Store } from '../domain/store';
import { parseStoreCursor, storeCursor } from '../domain/store-order';
import type { StoreRepository } from '../persistence';

/** A page of stores, oldest first: all of them, or one organisation's. */
export type ListStores = (args: {
  first: number;
  after?: string | null;
  organizationId?: string;
}) => Promise<Page<Store>>;

export function makeListStores(stores: StoreRepository): ListStores {
  return async ({ first, after, organizationId }) => {
    const size = pageSize(first);
    const position = after ? parseStoreCursor(after) : null;
    // One extra store tells whether another page follows.
    const found = await stores.listAfter(position, size + 1, organizationId);
    return toPage(found, size, storeCursor);
  };
}
