import type { MenuItem } from '../domain/menu';
import { alwaysOpen } from '../domain/opening-hours';
import type { Product } from '../domain/product';
import type { Rating } from '../domain/rating';
import type { SearchStore } from './documents';
import { InProcessSearchIndex } from './in-process';
import { searchProjection, type SearchSource } from './projection';
import { parseSearchInput } from './query';

const NOW = new Date('2026-05-01T03:00:00.000Z');

const grocer: SearchStore = {
  id: 'sto_grocer',
  kind: 'GROCERY',
  location: { lat: 10.8, lng: 106.74 },
  openingHours: alwaysOpen('Asia/Ho_Chi_Minh'),
  temporarilyClosed: false,
};
const kitchen: SearchStore = { ...grocer, id: 'sto_kitchen', kind: 'RESTAURANT' };

function product(id: string, en: string, vi: string, fields: Partial<Product> = {}): Product {
  return {
    id,
    storeId: grocer.id,
    sku: id.toUpperCase(),
    name: { en, vi },
    brand: null,
    unit: 'PIECE',
    unitSize: 1,
    price: { amount: 30_000, currency: 'VND' },
    categories: ['dairy/milk'],
    dietaryTags: [],
    imageUrls: [],
    perishable: false,
    expiresOn: null,
    archived: false,
    createdAt: NOW,
    updatedAt: NOW,
    ...fields,
  };
}

const item: MenuItem = {
  id: 'itm_pho',
  storeId: kitchen.id,
  menuId: 'mnu_1',
  categoryId: 'noodle-soup',
  name: { en: 'Beef pho', vi: 'Phở bò' },
  description: null,
  imageUrls: [],
  price: { amount: 65_000, currency: 'VND' },
  available: true,
  dietaryTags: [],
  allergens: [],
  modifierGroups: [],
  position: 0,
  createdAt: NOW,
  updatedAt: NOW,
};

/** The catalogue as plain maps; tests change it, then send the event that announces it. */
function memorySource() {
  const stores = new Map([grocer, kitchen].map((store) => [store.id, store]));
  const products = new Map<string, Product>();
  const items = new Map<string, MenuItem>([[item.id, item]]);
  const ratings = new Map<string, Rating>();
  const source: SearchSource = {
    store: async (id) => stores.get(id) ?? null,
    stores: async () => [...stores.values()],
    product: async (id) => products.get(id) ?? null,
    productsOfStore: async (id) => [...products.values()].filter((p) => p.storeId === id),
    async *allProducts() {
      yield [...products.values()];
    },
    menuItem: async (id) => items.get(id) ?? null,
    menuItemsOfStore: async (id) => [...items.values()].filter((i) => i.storeId === id),
    async *allMenuItems() {
      yield [...items.values()];
    },
    ratings: async (subjects) =>
      subjects.map(
        (subject) =>
          ratings.get(subject.id) ?? { subject, count: 0, sum: 0, histogram: [0, 0, 0, 0, 0] },
      ),
  };
  return { source, stores, products, items, ratings };
}

describe('search projection', () => {
  let index: InProcessSearchIndex;
  let catalogue: ReturnType<typeof memorySource>;
  let projection: ReturnType<typeof searchProjection>;

  beforeEach(() => {
    index = new InProcessSearchIndex();
    catalogue = memorySource();
    projection = searchProjection(index, catalogue.source);
  });

  const search = async (text: string) => {
    const parsed = parseSearchInput({ text, includeUnavailable: true }, NOW);
    if (!parsed.ok) throw new Error(parsed.problem.message);
    return (await index.search(parsed.query)).hits.map((hit) => hit.document);
  };
  const productChanged = (productId: string, storeId = grocer.id) =>
    projection.handle({ type: 'catalog.product.changed.v1', data: { productId, storeId } });

  it('indexes a changed product as it is now, with its category ancestors and rating', async () => {
    catalogue.products.set('prd_milk', product('prd_milk', 'Fresh milk', 'Sữa tươi'));
    catalogue.ratings.set('prd_milk', {
      subject: { kind: 'PRODUCT', id: 'prd_milk' },
      count: 3,
      sum: 13,
      histogram: [0, 0, 0, 2, 1],
    });
    await productChanged('prd_milk');
    await productChanged('prd_milk');
    const [found] = await search('sua tuoi');
    expect(found).toMatchObject({
      id: 'prd_milk',
      categories: ['dairy', 'dairy/milk'],
      rating: { average: 4.33, count: 3 },
      storeKind: 'GROCERY',
    });
    expect(await index.count()).toBe(1);
  });

  it('re-reads the rated product or menu item when a rating changes, and ignores store ratings', async () => {
    catalogue.products.set('prd_milk', product('prd_milk', 'Fresh milk', 'Sữa tươi'));
    await productChanged('prd_milk');
    catalogue.ratings.set('prd_milk', {
      subject: { kind: 'PRODUCT', id: 'prd_milk' },
      count: 1,
      sum: 5,
      histogram: [0, 0, 0, 0, 1],
    });
    const ratingChanged = (subjectKind: string, subjectId: string) =>
      projection.handle({
        type: 'catalog.rating.changed.v1',
        data: { storeId: grocer.id, subjectKind, subjectId },
      });

    await ratingChanged('STORE', grocer.id);
    expect((await search('sua tuoi'))[0]!.rating).toEqual({ average: 0, count: 0 });
    await ratingChanged('PRODUCT', 'prd_milk');
    expect((await search('sua tuoi'))[0]!.rating).toEqual({ average: 5, count: 1 });
  });

  it('removes a product that was archived or deleted', async () => {
    catalogue.products.set('prd_milk', product('prd_milk', 'Fresh milk', 'Sữa tươi'));
    await productChanged('prd_milk');
    catalogue.products.set(
      'prd_milk',
      product('prd_milk', 'Fresh milk', 'Sữa tươi', { archived: true }),
    );
    await productChanged('prd_milk');
    expect(await index.count()).toBe(0);
    await productChanged('prd_unknown');
    expect(await index.count()).toBe(0);
  });

  it("reindexes a store's documents when the store changes", async () => {
    catalogue.products.set('prd_milk', product('prd_milk', 'Fresh milk', 'Sữa tươi'));
    catalogue.products.set('prd_tofu', product('prd_tofu', 'Tofu', 'Đậu hũ'));
    await productChanged('prd_milk');
    await productChanged('prd_tofu');
    catalogue.products.delete('prd_tofu');
    catalogue.stores.set(grocer.id, { ...grocer, temporarilyClosed: true });
    await projection.handle({
      type: 'catalog.store.changed.v1',
      data: { storeId: grocer.id, organizationId: 'org_1' },
    });
    expect((await search('milk')).map((document) => document.available)).toEqual([false]);
    expect(await search('tofu')).toEqual([]);
  });

  it('indexes menu items, and drops them with their store', async () => {
    await projection.handle({
      type: 'catalog.menu_item.changed.v1',
      data: { itemId: item.id, storeId: kitchen.id },
    });
    expect((await search('pho bo')).map((document) => document.kind)).toEqual(['MENU_ITEM']);
    catalogue.stores.delete(kitchen.id);
    await projection.handle({
      type: 'catalog.store.changed.v1',
      data: { storeId: kitchen.id, organizationId: 'org_1' },
    });
    expect(await index.count()).toBe(0);
  });

  it('streams the whole catalogue for a rebuild', async () => {
    catalogue.products.set('prd_milk', product('prd_milk', 'Fresh milk', 'Sữa tươi'));
    catalogue.products.set(
      'prd_orphan',
      product('prd_orphan', 'Orphan', 'Mồ côi', { storeId: 'sto_gone' }),
    );
    expect(await index.rebuild(projection.documents())).toEqual({ indexed: 2 });
    expect((await search('pho')).map((document) => document.id)).toEqual(['itm_pho']);
  });
});
