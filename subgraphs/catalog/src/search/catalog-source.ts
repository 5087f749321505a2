import type { Store } from '../domain/store';
import type { MenuRepository } from '../persistence/menu-repository';
import type { ProductRepository } from '../persistence/product-repository';
import type { RatingRepository } from '../persistence/rating-repository';
import type { StoreRepository } from '../persistence/store-repository';
import type { SearchStore } from './documents';
import type { SearchSource } from './projection';

const PAGE = 1_000;

export function searchStore(store: Store): SearchStore {
  return {
    id: store.id,
    kind: store.kind,
    location: store.location,
    openingHours: store.openingHours,
    temporarilyClosed: store.temporarilyClosed,
  };
}

/** The repositories search reads. */
export interface SearchRepositories {
  stores: StoreRepository;
  products: ProductRepository;
  menus: MenuRepository;
  ratings: RatingRepository;
}

/** The projection's view of the catalog database: stores, products, menu items and ratings. */
export function catalogSearchSource({
  stores,
  products,
  menus,
  ratings,
}: SearchRepositories): SearchSource {
  return {
    async store(id) {
      const [store] = await stores.findByIds([id]);
      return store ? searchStore(store) : null;
    },
    async stores() {
      const all: SearchStore[] = [];
      let after: Store | undefined;
      for (;;) {
        const page = await stores.listAfter(after ?? null, PAGE);
        all.push(...page.map(searchStore));
        if (page.length < PAGE) return all;
        after = page.at(-1);
      }
    },
    async product(id) {
      const [product] = await products.findByIds([id]);
      return product ?? null;
    },
    async productsOfStore(storeId) {
      const all = [];
      let after: string | null = null;
      for (;;) {
        const page = await products.listLive({
          storeId,
          category: null,
          after,
          limit: PAGE,
        });
        all.push(...page);
        if (page.length < PAGE) return all;
        after = page.at(-1)!.sku;
      }
    },
    allProducts: () => products.streamAll(PAGE),
    async menuItem(id) {
      const [item] = await menus.findItemsByIds([id]);
      return item ?? null;
    },
    menuItemsOfStore: (storeId) => menus.findItemsByStoreId(storeId),
    allMenuItems: () => menus.streamAllItems(PAGE),
    ratings: (subjects) => ratings.findBySubjects(subjects),
  };
}
