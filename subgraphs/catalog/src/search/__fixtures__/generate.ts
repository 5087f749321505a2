import { WEEKDAYS, type OpeningHours } from '../../domain/opening-hours';
import type { SearchDocument } from '../port';

/**
 * A deterministic catalogue of any size for benchmarks: grocery products of real Vietnamese
 * brands with English and Vietnamese names, and restaurant dishes, spread over stores around Ho
 * Chi Minh City. The same `count` always gives the same documents.
 */
const GOODS: [en: string, vi: string, category: string, perishable: boolean, tags: string[]][] = [
  ['Fresh milk', 'Sữa tươi', 'dairy/milk', true, ['VEGETARIAN']],
  ['Condensed milk', 'Sữa đặc', 'dairy/milk', false, ['VEGETARIAN']],
  ['Drinking yogurt', 'Sữa chua uống', 'dairy/yogurt', true, ['VEGETARIAN']],
  ['Yogurt', 'Sữa chua', 'dairy/yogurt', true, ['VEGETARIAN']],
  ['Soy milk', 'Sữa đậu nành', 'dairy-alternatives', true, ['VEGAN', 'VEGETARIAN']],
  ['Jasmine rice', 'Gạo thơm lài', 'pantry/rice', false, ['VEGAN', 'VEGETARIAN', 'GLUTEN_FREE']],
  ['Sticky rice', 'Gạo nếp', 'pantry/rice', false, ['VEGAN', 'VEGETARIAN', 'GLUTEN_FREE']],
  ['Fish sauce', 'Nước mắm', 'pantry/sauces', false, []],
  ['Soy sauce', 'Nước tương', 'pantry/sauces', false, ['VEGAN', 'VEGETARIAN']],
  ['Chili sauce', 'Tương ớt', 'pantry/sauces', false, ['VEGAN', 'VEGETARIAN']],
  ['Instant noodles', 'Mì ăn liền', 'pantry/noodles', false, []],
  ['Rice vermicelli', 'Bún khô', 'pantry/noodles', false, ['VEGAN', 'VEGETARIAN']],
  ['Pho noodles', 'Bánh phở khô', 'pantry/noodles', false, ['VEGAN', 'VEGETARIAN']],
  ['Ground coffee', 'Cà phê rang xay', 'drinks/coffee', false, ['VEGAN', 'VEGETARIAN']],
  ['Instant coffee', 'Cà phê hòa tan', 'drinks/coffee', false, ['VEGETARIAN']],
  ['Green tea', 'Trà xanh', 'drinks/tea', false, ['VEGAN', 'VEGETARIAN']],
  ['Chicken eggs', 'Trứng gà', 'fresh/eggs', true, ['VEGETARIAN']],
  ['Duck eggs', 'Trứng vịt', 'fresh/eggs', true, ['VEGETARIAN']],
  ['Silken tofu', 'Đậu hũ non', 'fresh/tofu', true, ['VEGAN', 'VEGETARIAN']],
  ['Pork belly', 'Thịt ba chỉ', 'fresh/meat', true, []],
  ['Minced pork', 'Thịt heo xay', 'fresh/meat', true, []],
  ['Beef sirloin', 'Thịt bò thăn', 'fresh/meat', true, ['HALAL']],
  ['Chicken thighs', 'Đùi gà', 'fresh/meat', true, ['HALAL']],
  ['Tiger prawns', 'Tôm sú', 'fresh/seafood', true, []],
  ['Basa fillet', 'Cá basa phi lê', 'fresh/seafood', true, []],
  ['Banana', 'Chuối', 'fresh/fruit', true, ['VEGAN', 'VEGETARIAN']],
  ['Mango', 'Xoài cát', 'fresh/fruit', true, ['VEGAN', 'VEGETARIAN']],
  ['Dragon fruit', 'Thanh long', 'fresh/fruit', true, ['VEGAN', 'VEGETARIAN']],
  ['Morning glory', 'Rau muống', 'fresh/vegetables', true, ['VEGAN', 'VEGETARIAN']],
  ['Bok choy', 'Cải thìa', 'fresh/vegetables', true, ['VEGAN', 'VEGETARIAN']],
  ['Potato chips', 'Khoai tây chiên', 'snacks', false, ['VEGETARIAN']],
  ['Choco pie', 'Bánh chocopie', 'snacks', false, ['VEGETARIAN']],
  ['Cooking oil', 'Dầu ăn', 'pantry/oil', false, ['VEGAN', 'VEGETARIAN']],
  ['Sugar', 'Đường cát', 'pantry/baking', false, ['VEGAN', 'VEGETARIAN']],
  ['Sparkling water', 'Nước khoáng có ga', 'drinks/water', false, ['VEGAN', 'VEGETARIAN']],
  ['Beer', 'Bia', 'drinks/beer', false, ['VEGAN']],
];
const BRANDS = [
  'Vinamilk',
  'TH true MILK',
  'Dutch Lady',
  'Nestlé',
  'Acecook',
  'Vifon',
  'Trung Nguyên',
  'Highlands',
  'Chin-su',
  'Nam Ngư',
  'Meizan',
  'Ajinomoto',
  'Orion',
  'Kinh Đô',
  'Biên Hòa',
  'CP',
  'Vissan',
  'Ba Huân',
  'Saigon Co.op',
  'Đà Lạt Milk',
  'Sabeco',
  'Lavie',
  'Cholimex',
  'Hảo Hảo',
  'Phúc Long',
  'Masan',
  'Tường An',
  'Lock&Lock',
  'Bibica',
  'Hữu Nghị',
];
const SIZES = [
  '180ml',
  '500ml',
  '1L',
  '2L',
  '200g',
  '500g',
  '1kg',
  '5kg',
  'pack of 4',
  'pack of 6',
  'pack of 10',
  'tray',
];
const DISHES: [en: string, vi: string, category: string, tags: string[]][] = [
  ['Beef pho', 'Phở bò', 'noodle-soup', []],
  ['Chicken pho', 'Phở gà', 'noodle-soup', []],
  ['Vegetarian pho', 'Phở chay', 'noodle-soup', ['VEGAN', 'VEGETARIAN']],
  ['Grilled pork with vermicelli', 'Bún chả', 'noodles', []],
  ['Hue beef noodle soup', 'Bún bò Huế', 'noodle-soup', []],
  ['Broken rice with pork chop', 'Cơm tấm sườn', 'rice', []],
  ['Grilled pork banh mi', 'Bánh mì thịt nướng', 'sandwiches', []],
  ['Tofu banh mi', 'Bánh mì chay', 'sandwiches', ['VEGAN', 'VEGETARIAN']],
  ['Fresh spring rolls', 'Gỏi cuốn', 'starters', []],
  ['Crispy pancake', 'Bánh xèo', 'starters', []],
  ['Iced milk coffee', 'Cà phê sữa đá', 'drinks', ['VEGETARIAN']],
  ['Egg coffee', 'Cà phê trứng', 'drinks', ['VEGETARIAN']],
  ['Sugarcane juice', 'Nước mía', 'drinks', ['VEGAN', 'VEGETARIAN']],
  ['Sweet soup', 'Chè ba màu', 'desserts', ['VEGETARIAN']],
];
const VARIANTS: [en: string, vi: string][] = [
  ['', ''],
  ['large', 'tô lớn'],
  ['special', 'đặc biệt'],
  ['with extra meat', 'thêm thịt'],
  ['family size', 'phần gia đình'],
];

/** mulberry32: a small, fast, seeded PRNG. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function hours(open: string, close: string): OpeningHours {
  return {
    timeZone: 'Asia/Ho_Chi_Minh',
    weekly: WEEKDAYS.map((day) => ({ day, open, close })),
    exceptions: [],
  };
}

export const GENERATED_GROCERY_STORES = 40;
export const GENERATED_RESTAURANTS = 60;

export function generatedStoreId(index: number): string {
  return `sto_gen_${String(index).padStart(3, '0')}`;
}

/** `count` documents: about nine in ten grocery products, the rest dishes. */
export function* generateSearchDocuments(count: number, seed = 7): Generator<SearchDocument> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const stores = Array.from(
    { length: GENERATED_GROCERY_STORES + GENERATED_RESTAURANTS },
    (_, index) => ({
      id: generatedStoreId(index),
      kind: index < GENERATED_GROCERY_STORES ? ('GROCERY' as const) : ('RESTAURANT' as const),
      location: { lat: 10.7 + next() * 0.15, lng: 106.6 + next() * 0.15 },
      hours: pick([
        hours('07:00', '22:00'),
        hours('06:00', '23:00'),
        hours('17:00', '03:00'),
        hours('00:00', '24:00'),
      ]),
    }),
  );
  for (let index = 0; index < count; index += 1) {
    const dish = index % 10 === 9;
    const store = dish
      ? stores[GENERATED_GROCERY_STORES + Math.floor(next() * GENERATED_RESTAURANTS)]!
      : stores[Math.floor(next() * GENERATED_GROCERY_STORES)]!;
    const rating = { average: Math.round(next() * 40 + 10) / 10, count: Math.floor(next() * 500) };
    const base = {
      id: `${dish ? 'itm' : 'prd'}_gen_${index}`,
      storeId: store.id,
      storeKind: store.kind,
      storeLocation: store.location,
      storeHours: store.hours,
      rating,
      available: next() > 0.05,
    };
    if (dish) {
      const [en, vi, category, tags] = pick(DISHES);
      const [variantEn, variantVi] = pick(VARIANTS);
      yield {
        ...base,
        kind: 'MENU_ITEM',
        names: { en: `${en} ${variantEn}`.trim(), vi: `${vi} ${variantVi}`.trim() },
        description: { en: `${en}, made to order`, vi: `${vi}, làm theo đơn` },
        brand: null,
        categories: [category],
        dietaryTags: tags,
        price: { amount: 25_000 + Math.floor(next() * 20) * 5_000, currency: 'VND' },
        perishable: false,
        expiresOn: null,
      };
      continue;
    }
    const [en, vi, category, perishable, tags] = pick(GOODS);
    const brand = pick(BRANDS);
    const size = pick(SIZES);
    const [top] = category.split('/');
    yield {
      ...base,
      kind: 'PRODUCT',
      names: { en: `${brand} ${en} ${size}`, vi: `${vi} ${brand} ${size}` },
      description: null,
      brand,
      categories: top === category ? [category] : [top!, category],
      dietaryTags: tags,
      price: { amount: 5_000 + Math.floor(next() * 100) * 2_000, currency: 'VND' },
      perishable,
      expiresOn: perishable
        ? new Date(Date.UTC(2026, 4, 1 + Math.floor(next() * 30))).toISOString().slice(0, 10)
        : null,
    };
  }
}
