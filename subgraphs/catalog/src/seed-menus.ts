import { DEMO_STORE_IDS } from '@dabba/subgraph-kit';
import type { LocalizedText } from './domain/menu';
import type { MenuItemDraft } from './domain/menu-item';
import { WEEKDAYS, type OpeningHours } from './domain/opening-hours';
import type { MenuDraft } from './services/save-menu';

/**
 * Demo menus with fixed ids: Phở Bắc's breakfast and all-day menus with Size and Extras
 * modifiers, and Bánh Mì Corner's 200-item menu (the benchmark's "menu of a store with 200
 * items"), generated deterministically from its ingredients.
 */
const SAIGON = 'Asia/Ho_Chi_Minh';
const CREATED = new Date('2026-01-15T02:00:00.000Z');

const daily = (open: string, close: string): OpeningHours => ({
  timeZone: SAIGON,
  weekly: WEEKDAYS.map((day) => ({ day, open, close })),
  exceptions: [],
});

type ItemDraft = Omit<MenuItemDraft, 'storeId' | 'menuId'>;
const text = (en: string, vi: string): LocalizedText => ({ en, vi });

const size = (id: string, largeDelta: string): ItemDraft['modifierGroups'][number] => ({
  id: `${id}_size`,
  name: text('Size', 'Cỡ'),
  minSelections: 1,
  maxSelections: 1,
  options: [
    { id: `${id}_size_regular`, name: text('Regular', 'Thường'), priceDelta: '0', available: true },
    { id: `${id}_size_large`, name: text('Large', 'Lớn'), priceDelta: largeDelta, available: true },
  ],
});

const phoExtras = (id: string): ItemDraft['modifierGroups'][number] => ({
  id: `${id}_extras`,
  name: text('Extras', 'Thêm'),
  minSelections: 0,
  maxSelections: 3,
  options: [
    {
      id: `${id}_extra_egg`,
      name: text('Poached egg', 'Trứng chần'),
      priceDelta: '8000',
      available: true,
    },
    {
      id: `${id}_extra_beef`,
      name: text('Extra rare beef', 'Thêm tái'),
      priceDelta: '25000',
      available: true,
    },
    {
      id: `${id}_extra_tendon`,
      name: text('Tendon', 'Gân'),
      priceDelta: '20000',
      available: false,
    },
    {
      id: `${id}_extra_quay`,
      name: text('Fried dough', 'Quẩy'),
      priceDelta: '5000',
      available: true,
    },
  ],
});

function dish(
  id: string,
  categoryId: string,
  position: number,
  name: LocalizedText,
  price: string,
  extra: Partial<ItemDraft> = {},
): ItemDraft {
  return {
    id,
    categoryId,
    name,
    description: null,
    imageUrls: [`https://images.dabba.example/menu/${id}.jpg`],
    price,
    available: true,
    dietaryTags: [],
    allergens: [],
    modifierGroups: [],
    position,
    ...extra,
  };
}

const PHO = 'itm_demo_pho_bo_tai';

const phoBacMenus: MenuDraft[] = [
  {
    id: 'men_demo_pho_bac_all_day',
    storeId: DEMO_STORE_IDS.phoBac,
    name: text('All day', 'Cả ngày'),
    availability: daily('06:00', '22:00'),
    categories: [
      { id: 'mct_demo_pho_bac_pho', name: text('Phở', 'Phở'), position: 0 },
      { id: 'mct_demo_pho_bac_drinks', name: text('Drinks', 'Đồ uống'), position: 1 },
    ],
    position: 1,
    createdAt: CREATED,
    items: [
      dish(PHO, 'mct_demo_pho_bac_pho', 0, text('Rare beef pho', 'Phở bò tái'), '65000', {
        description: text('Rare beef in a 12-hour beef bone broth', 'Bò tái, nước dùng hầm 12 giờ'),
        dietaryTags: ['DAIRY_FREE'],
        allergens: ['SOYBEANS'],
        modifierGroups: [size(PHO, '15000'), phoExtras(PHO)],
      }),
      dish('itm_demo_pho_ga', 'mct_demo_pho_bac_pho', 1, text('Chicken pho', 'Phở gà'), '60000', {
        dietaryTags: ['DAIRY_FREE'],
        modifierGroups: [size('itm_demo_pho_ga', '12000')],
      }),
      dish('itm_demo_pho_chay', 'mct_demo_pho_bac_pho', 2, text('Tofu pho', 'Phở chay'), '55000', {
        dietaryTags: ['VEGETARIAN', 'VEGAN', 'DAIRY_FREE'],
        allergens: ['SOYBEANS'],
      }),
      dish(
        'itm_demo_pho_dac_biet',
        'mct_demo_pho_bac_pho',
        3,
        text('Special pho', 'Phở đặc biệt'),
        '85000',
        {
          available: false,
        },
      ),
      dish('itm_demo_tra_da', 'mct_demo_pho_bac_drinks', 0, text('Iced tea', 'Trà đá'), '5000', {
        dietaryTags: ['VEGAN'],
      }),
      dish(
        'itm_demo_ca_phe_sua_da',
        'mct_demo_pho_bac_drinks',
        1,
        text('Iced milk coffee', 'Cà phê sữa đá'),
        '29000',
        {
          allergens: ['MILK'],
        },
      ),
    ],
  },
  {
    id: 'men_demo_pho_bac_breakfast',
    storeId: DEMO_STORE_IDS.phoBac,
    name: text('Breakfast', 'Bữa sáng'),
    availability: daily('06:00', '10:30'),
    categories: [
      { id: 'mct_demo_pho_bac_breakfast', name: text('Breakfast', 'Bữa sáng'), position: 0 },
    ],
    position: 0,
    createdAt: CREATED,
    items: [
      dish(
        'itm_demo_xoi_ga',
        'mct_demo_pho_bac_breakfast',
        0,
        text('Sticky rice with chicken', 'Xôi gà'),
        '35000',
      ),
      dish(
        'itm_demo_banh_cuon',
        'mct_demo_pho_bac_breakfast',
        1,
        text('Steamed rice rolls', 'Bánh cuốn'),
        '40000',
        {
          allergens: ['FISH'],
        },
      ),
    ],
  },
];

const FILLINGS: [string, string, string][] = [
  ['grilled pork', 'thịt nướng', '30000'],
  ['cold cuts', 'thịt nguội', '28000'],
  ['chicken', 'gà xé', '30000'],
  ['fried egg', 'trứng ốp la', '22000'],
  ['pâté', 'pa tê', '20000'],
  ['meatballs', 'xíu mại', '32000'],
  ['tofu', 'đậu hũ', '25000'],
  ['fish cake', 'chả cá', '30000'],
  ['roast pork', 'heo quay', '35000'],
  ['lemongrass beef', 'bò sả', '38000'],
];
const STYLES: [string, string, number][] = [
  ['Classic', 'truyền thống', 0],
  ['Spicy', 'cay', 2000],
  ['Double', 'gấp đôi', 15000],
  ['Cheese', 'phô mai', 8000],
  ['Pickled', 'đồ chua', 1000],
  ['Herb', 'rau thơm', 1000],
  ['Garlic butter', 'bơ tỏi', 5000],
  ['Chili jam', 'sa tế', 3000],
  ['Mayo', 'sốt mayo', 2000],
  ['Mini', 'nhỏ', -5000],
];
const SANDWICH_CATEGORIES = ['sandwiches', 'specials'] as const;

/** Ten fillings × ten styles × two breads: 200 items, the same every time. */
function banhMiItems(): ItemDraft[] {
  const items: ItemDraft[] = [];
  for (const [breadIndex, bread] of [
    ['Bánh mì', 'Bánh mì'],
    ['Baguette', 'Bánh mì que'],
  ].entries()) {
    for (const [fillingIndex, [fillingEn, fillingVi, base]] of FILLINGS.entries()) {
      for (const [styleIndex, [styleEn, styleVi, delta]] of STYLES.entries()) {
        const n = breadIndex * 100 + fillingIndex * 10 + styleIndex;
        const id = `itm_demo_banh_mi_${String(n).padStart(3, '0')}`;
        items.push(
          dish(
            id,
            `mct_demo_banh_mi_${SANDWICH_CATEGORIES[breadIndex]}`,
            n,
            text(
              `${styleEn} ${fillingEn} ${bread[0]!.toLowerCase()}`,
              `${bread[1]} ${fillingVi} ${styleVi}`,
            ),
            String(Number(base) + delta),
            {
              dietaryTags: fillingEn === 'tofu' ? ['VEGETARIAN'] : [],
              allergens: [
                'CEREALS_CONTAINING_GLUTEN',
                ...(styleEn === 'Cheese' ? (['MILK'] as const) : []),
              ],
              modifierGroups:
                styleIndex === 0
                  ? [
                      {
                        id: `${id}_extras`,
                        name: text('Extras', 'Thêm'),
                        minSelections: 0,
                        maxSelections: 3,
                        options: [
                          {
                            id: `${id}_extra_egg`,
                            name: text('Egg', 'Trứng'),
                            priceDelta: '6000',
                            available: true,
                          },
                          {
                            id: `${id}_extra_pate`,
                            name: text('Pâté', 'Pa tê'),
                            priceDelta: '4000',
                            available: true,
                          },
                          {
                            id: `${id}_extra_chili`,
                            name: text('Chili', 'Ớt'),
                            priceDelta: '0',
                            available: true,
                          },
                        ],
                      },
                    ]
                  : [],
            },
          ),
        );
      }
    }
  }
  return items;
}

const banhMiMenu: MenuDraft = {
  id: 'men_demo_banh_mi_all_day',
  storeId: DEMO_STORE_IDS.banhMiCorner,
  name: text('All day', 'Cả ngày'),
  // The store opens at 16:00 and closes at 02:00; the menu follows it past midnight.
  availability: daily('16:00', '02:00'),
  categories: [
    { id: 'mct_demo_banh_mi_sandwiches', name: text('Bánh mì', 'Bánh mì'), position: 0 },
    { id: 'mct_demo_banh_mi_specials', name: text('Baguettes', 'Bánh mì que'), position: 1 },
  ],
  position: 0,
  createdAt: CREATED,
  items: banhMiItems(),
};

export const DEMO_MENUS: readonly MenuDraft[] = [...phoBacMenus, banhMiMenu];
