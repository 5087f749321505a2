import { DEMO_STORE_IDS } from '@dabba/subgraph-kit';
import { generateProducts } from '../src/seed/products-generator';
import { DEMO_GROCERY_STORES, DEMO_PRODUCT_SEED } from '../src/seed/demo-products';
import { productDocument } from '../src/search/documents';
import { InProcessSearchIndex } from '../src/search/in-process';
import { makeSearchCatalog } from '../src/services/search-catalog';

const store = (id: string) => ({ id, kind: 'GROCERY' as const, location: { lat: 10.78, lng: 106.7 }, openingHours: null, temporarilyClosed: false });
async function main() {
  const index = new InProcessSearchIndex();
  const docs = [];
  for (const { product } of generateProducts({ seed: DEMO_PRODUCT_SEED, count: 50_000, stores: DEMO_GROCERY_STORES, today: '2026-11-21', createdAt: new Date() })) {
    docs.push(productDocument(product, store(product.storeId))!);
  }
  await index.upsert(docs);
  const search = makeSearchCatalog(index);
  const Q: any[] = [
    { text: 'thit bo', sort: 'PRICE_DESC' }, { text: 'trung ga', storeIds: [DEMO_STORE_IDS.freshMart] },
    { text: 'ca phe', kinds: ['PRODUCT'] }, { text: 'sua tuoi' }, { text: 'mil' }, { text: 'milk', sort: 'RATING' }, { text: 'vinamlik', first: 10 },
    { text: 'sua chua', dietaryTags: ['VEGETARIAN'], sort: 'PRICE_ASC' }, { text: 'nuoc mam', price: { currency: 'VND', max: 60_000 } },
  ];
  for (const q of Q) {
    const t: number[] = [];
    let r: any;
    for (let i = 0; i < Number(process.env.N ?? 30); i++) { const s = performance.now(); r = await search(q); t.push(performance.now() - s); }
    t.sort((a, b) => a - b);
    console.log(t[15]!.toFixed(2).padStart(7), r.total, JSON.stringify(q), r.hits.slice(0, 3).map((h: any) => h.document.names.vi ?? h.document.names.en).join(' | '));
  }
}
main();
