import type { Transaction } from '@dabba/subgraph-kit';
import type { Store } from '../domain/store';

/** Tells the search projection and others that a store changed; they load its current state. */
export function publishStoreChanged(tx: Transaction, store: Store): void {
  tx.publish({
    type: 'catalog.store.changed.v1',
    subject: store.id,
    data: { storeId: store.id, organizationId: store.organizationId },
    tenant: store.organizationId,
  });
}
