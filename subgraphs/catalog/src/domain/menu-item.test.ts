import { buildMenuItem, type MenuItemDraft } from './menu-item';

const draft: MenuItemDraft = {
  id: 'itm_1',
  storeId: 'sto_1',
  menuId: 'men_1',
  categoryId: 'mct_1',
  name: { en: ' Beef pho ', vi: 'Phở bò' },
  description: { en: 'Rare beef, brisket, 12-hour broth', vi: '' },
  imageUrls: ['https://images.dabba.example/pho.jpg'],
  price: '55000',
  available: true,
  dietaryTags: ['DAIRY_FREE'],
  allergens: ['SOYBEANS'],
  modifierGroups: [
    {
      id: 'mgr_size',
      name: { en: 'Size', vi: 'Cỡ' },
      minSelections: 1,
      maxSelections: 1,
      options: [
        {
          id: 'mop_regular',
          name: { en: 'Regular', vi: 'Thường' },
          priceDelta: '0',
          available: true,
        },
        { id: 'mop_large', name: { en: 'Large', vi: 'Lớn' }, priceDelta: '15000', available: true },
      ],
    },
  ],
  position: 0,
};
const now = {
  createdAt: new Date('2026-03-01T00:00:00Z'),
  updatedAt: new Date('2026-03-01T00:00:00Z'),
};

describe('buildMenuItem', () => {
  it('parses prices exactly in the store currency and tidies the texts', () => {
    const result = buildMenuItem(draft, 'VND', now);
    expect(result.ok && result.item).toMatchObject({
      name: { en: 'Beef pho', vi: 'Phở bò' },
      description: { en: 'Rare beef, brisket, 12-hour broth', vi: null },
      price: { amount: 55000, currency: 'VND' },
      modifierGroups: [
        { options: [{ priceDelta: { amount: 0 } }, { priceDelta: { amount: 15000 } }] },
      ],
    });
    const usd = buildMenuItem({ ...draft, price: '12.50' }, 'USD', now);
    expect(usd.ok && usd.item.price).toEqual({ amount: 1250, currency: 'USD' });
  });

  it.each([
    [{ price: '-5000' }, 'VND', 'price'],
    [{ price: '55000.5' }, 'VND', 'price'],
    [{ price: '12.505' }, 'INR', 'price'],
    [{ price: 'free' }, 'VND', 'price'],
  ] as [Partial<MenuItemDraft>, string, string][])(
    'refuses %j in %s as INVALID_PRICE',
    (change, currency, field) => {
      const result = buildMenuItem({ ...draft, ...change }, currency, now);
      expect(!result.ok && result.error).toMatchObject({ kind: 'InvalidPrice', field });
    },
  );

  it('refuses a negative or over-precise option delta', () => {
    const withDelta = (priceDelta: string) => ({
      ...draft,
      modifierGroups: [
        {
          ...draft.modifierGroups[0]!,
          options: [{ ...draft.modifierGroups[0]!.options[0]!, priceDelta }],
        },
      ],
    });
    for (const delta of ['-1000', '0.5']) {
      const result = buildMenuItem(withDelta(delta), 'VND', now);
      expect(!result.ok && result.error).toMatchObject({
        kind: 'InvalidPrice',
        field: 'modifierGroups[0].options[0].priceDelta',
      });
    }
  });

  it.each([
    [{ imageUrls: ['http://images.dabba.example/pho.jpg'] }, 'imageUrls'],
    [{ imageUrls: ['not a url'] }, 'imageUrls'],
    [{ name: { en: ' ', vi: 'Phở' } }, 'name'],
    [{ dietaryTags: ['PALEO'] }, 'dietaryTags'],
    [{ allergens: ['PINEAPPLE'] }, 'allergens'],
    [
      { modifierGroups: [{ ...draft.modifierGroups[0]!, minSelections: 2, maxSelections: 1 }] },
      'modifierGroups[0]',
    ],
    [{ modifierGroups: [{ ...draft.modifierGroups[0]!, maxSelections: 3 }] }, 'modifierGroups[0]'],
  ] as [Partial<MenuItemDraft>, string][])('refuses %j as INVALID_INPUT on %s', (change, field) => {
    const result = buildMenuItem({ ...draft, ...change }, 'VND', now);
    expect(!result.ok && result.error).toMatchObject({ kind: 'InvalidInput', field });
  });
});
