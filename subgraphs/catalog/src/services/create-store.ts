import { randomUUID } from 'node:crypto';
import { ConflictError, type UnitOfWork } from '@dabba/subgraph-kit';
import { createStore, type NewStore, type Store } from '../domain/store';
import { invalidInput, type InvalidInput, type InvalidOpeningHours } from '../domain/store-results';
import type { StoreRepository } from '../persistence';
import { publishStoreChanged } from './store-events';

export type CreateStoreInput = Omit<NewStore, 'id' | 'createdAt' | 'temporarilyClosed'> & {
  /** The client's key for this creation: a retry with it returns the first store. */
  idempotencyKey: string;
  temporarilyClosed?: boolean;
};

export interface StoreSaved {
  kind: 'StoreSaved';
  store: Store;
}

export type CreateStoreResult = StoreSaved | InvalidInput | InvalidOpeningHours;

/** A partner opens a new store for its organisation; publishes catalog.store.changed.v1. */
export type CreateStore = (input: CreateStoreInput) => Promise<CreateStoreResult>;

export const IDEMPOTENCY_KEY_MAX_LENGTH = 128;

export const newStoreId = (): string => `sto_${randomUUID()}`;

export function makeCreateStore(stores: StoreRepository, unitOfWork: UnitOfWork): CreateStore {
  return async ({ idempotencyKey, temporarilyClosed = false, ...input }) => {
    const key = idempotencyKey.trim();
    if (key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
      return invalidInput(
        'idempotencyKey',
        `must be 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters`,
      );
    }
    const replay = await stores.findByIdempotencyKey(input.organizationId, key);
    if (replay) return { kind: 'StoreSaved', store: replay };

    const built = createStore({
      ...input,
      id: newStoreId(),
      temporarilyClosed,
      createdAt: new Date(),
    });
    if (!built.ok) return built.error;
    try {
      await unitOfWork.run(async (tx) => {
        await stores.insert(built.store, key, tx.session);
        publishStoreChanged(tx, built.store);
      });
      return { kind: 'StoreSaved', store: built.store };
    } catch (error) {
      // A concurrent request with the same key won the insert: answer with its store.
      const first =
        error instanceof ConflictError
          ? await stores.findByIdempotencyKey(input.organizationId, key)
          : null;
      if (first) return { kind: 'StoreSaved', store: first };
      throw error;
    }
  };
}
