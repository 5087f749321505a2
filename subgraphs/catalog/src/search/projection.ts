import type { EventEnvelope } from '@dabba/schema/events';
import type { MenuItem } from '../domain/menu';
import type { Product } from '../domain/product';
import type { Rating, RatingSubjectKind, SubjectKey } from '../domain/rating';
import { menuItemDocument, productDocument, type SearchStore } from './documents';
import type { SearchDocument, SearchIndex } from './port';

/**
 * Where the projection reads the current catalogue: the catalog's own repositories. The menu item
 * readers are optional so that a source of products alone (fixtures, benchmarks) still works.
 */
export interface SearchSource {
  store(storeId: string): Promise<SearchStore | null>;
  /** Every store, for a rebuild. */
  stores(): Promise<SearchStore[]>;
  product(productId: string): Promise<Product | null>;
  productsOfStore(storeId: string): Promise<Product[]>;
  /** Every product, in batches. */
  allProducts(): AsyncIterable<Product[]>;
  menuItem?(itemId: string): Promise<MenuItem | null>;
  menuItemsOfStore?(storeId: string): Promise<MenuItem[]>;
  allMenuItems?(): AsyncIterable<MenuItem[]>;
  /** Ratings in the order asked; absent: every item unrated. */
  ratings?(subjects: readonly SubjectKey[]): Promise<Rating[]>;
}

export const SEARCH_PROJECTION_EVENTS = [
  'catalog.store.changed.v1',
  'catalog.product.changed.v1',
  'catalog.menu_item.changed.v1',
  'catalog.rating.changed.v1',
] as const;

async function ratingsOf(source: SearchSource, subjects: SubjectKey[]) {
  const ratings = source.ratings && subjects.length > 0 ? await source.ratings(subjects) : [];
  return (index: number) => ratings[index] ?? null;
}

async function documentsOf(
  source: SearchSource,
  store: SearchStore,
  products: readonly Product[],
  items: readonly MenuItem[],
): Promise<SearchDocument[]> {
  const rating = await ratingsOf(source, [
    ...products.map((product) => ({ kind: 'PRODUCT' as const, id: product.id })),
    ...items.map((item) => ({ kind: 'MENU_ITEM' as const, id: item.id })),
  ]);
  return [
    ...products.map((product, index) => productDocument(product, store, rating(index))),
    ...items.map((item, index) => menuItemDocument(item, store, rating(products.length + index))),
  ].filter((document): document is SearchDocument => document !== null);
}

/**
 * A rating change as the `changed` event of the rated document, whose rating is read when it is
 * built; null for a store's rating (stores have no document of their own).
 */
function ratedDocument(
  event: Pick<EventEnvelope, 'data'>,
): Pick<EventEnvelope, 'type' | 'data'> | null {
  const { storeId, subjectKind, subjectId } = event.data as {
    storeId: string;
    subjectKind: RatingSubjectKind;
    subjectId: string;
  };
  switch (subjectKind) {
    case 'PRODUCT':
      return { type: 'catalog.product.changed.v1', data: { storeId, productId: subjectId } };
    case 'MENU_ITEM':
      return { type: 'catalog.menu_item.changed.v1', data: { storeId, itemId: subjectId } };
    case 'STORE':
      return null;
  }
}

/**
 * Keeps the index in step with the catalogue. Events carry ids only: each handler loads the
 * current state, so a late, repeated or reordered event indexes what is true now (the inbox
 * applies each event once; applying one twice would change nothing anyway).
 */
export function searchProjection(index: SearchIndex, source: SearchSource) {
  async function indexOne(id: string, document: SearchDocument | null): Promise<void> {
    if (document) await index.upsert([document]);
    else await index.remove([id]);
  }

  return {
    async handle(received: Pick<EventEnvelope, 'type' | 'data'>): Promise<void> {
      const event =
        received.type === 'catalog.rating.changed.v1' ? ratedDocument(received) : received;
      if (!event) return;
      const data = event.data as { storeId: string; productId?: string; itemId?: string };
      const store = await source.store(data.storeId);
      switch (event.type) {
        case 'catalog.store.changed.v1': {
          if (!store) return index.replaceStore(data.storeId, []);
          const [products, items] = await Promise.all([
            source.productsOfStore(store.id),
            source.menuItemsOfStore?.(store.id) ?? [],
          ]);
          return index.replaceStore(store.id, await documentsOf(source, store, products, items));
        }
        case 'catalog.product.changed.v1': {
          const product = await source.product(data.productId!);
          if (!store || !product) return indexOne(data.productId!, null);
          return indexOne(product.id, (await documentsOf(source, store, [product], []))[0] ?? null);
        }
        case 'catalog.menu_item.changed.v1': {
          const item = (await source.menuItem?.(data.itemId!)) ?? null;
          if (!store || !item) return indexOne(data.itemId!, null);
          return indexOne(item.id, (await documentsOf(source, store, [], [item]))[0] ?? null);
        }
      }
    },

    /** Every document of the catalogue, for SearchIndex.rebuild. */
    async *documents(): AsyncGenerator<SearchDocument> {
      const stores = new Map((await source.stores()).map((store) => [store.id, store]));
      const batches: AsyncIterable<(Product | MenuItem)[]>[] = [source.allProducts()];
      if (source.allMenuItems) batches.push(source.allMenuItems());
      for (const [kind, batchesOfKind] of batches.entries()) {
        for await (const batch of batchesOfKind) {
          const byStore = new Map<string, (Product | MenuItem)[]>();
          for (const entry of batch) {
            if (!stores.has(entry.storeId)) continue;
            const entries = byStore.get(entry.storeId);
            if (entries) entries.push(entry);
            else byStore.set(entry.storeId, [entry]);
          }
          for (const [storeId, entries] of byStore) {
            const store = stores.get(storeId)!;
            yield* kind === 0
              ? await documentsOf(source, store, entries as Product[], [])
              : await documentsOf(source, store, [], entries as MenuItem[]);
          }
        }
      }
    },
  };
}

export type SearchProjection = ReturnType<typeof searchProjection>;
