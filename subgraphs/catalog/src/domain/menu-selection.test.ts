import type { MenuItem, ModifierGroup } from './menu';
import { validateSelection } from './menu-selection';

const vnd = (amount: number) => ({ amount, currency: 'VND' });

const size: ModifierGroup = {
  id: 'mgr_size',
  name: { en: 'Size', vi: 'Cỡ' },
  minSelections: 1,
  maxSelections: 1,
  options: [
    { id: 'mop_small', name: { en: 'Small', vi: 'Nhỏ' }, priceDelta: vnd(0), available: true },
    { id: 'mop_large', name: { en: 'Large', vi: 'Lớn' }, priceDelta: vnd(15000), available: true },
  ],
};
const extras: ModifierGroup = {
  id: 'mgr_extras',
  name: { en: 'Extras', vi: 'Thêm' },
  minSelections: 0,
  maxSelections: 2,
  options: [
    { id: 'mop_egg', name: { en: 'Egg', vi: 'Trứng' }, priceDelta: vnd(5000), available: true },
    { id: 'mop_beef', name: { en: 'Beef', vi: 'Bò' }, priceDelta: vnd(20000), available: true },
    {
      id: 'mop_tendon',
      name: { en: 'Tendon', vi: 'Gân' },
      priceDelta: vnd(10000),
      available: false,
    },
    { id: 'mop_herbs', name: { en: 'Herbs', vi: 'Rau' }, priceDelta: vnd(0), available: true },
  ],
};
const pho: MenuItem = {
  id: 'itm_pho',
  storeId: 'sto_1',
  menuId: 'men_1',
  categoryId: 'mct_1',
  name: { en: 'Beef pho', vi: 'Phở bò' },
  description: null,
  imageUrls: [],
  price: vnd(55000),
  available: true,
  dietaryTags: [],
  allergens: [],
  modifierGroups: [size, extras],
  position: 0,
  createdAt: new Date('2026-03-01T00:00:00Z'),
  updatedAt: new Date('2026-03-01T00:00:00Z'),
};

const codes = (result: ReturnType<typeof validateSelection>) =>
  result.ok
    ? []
    : result.problems.map((problem) => [problem.code, problem.groupId, problem.optionId]);

describe('validateSelection', () => {
  it('prices the item plus every chosen option', () => {
    const result = validateSelection(pho, {
      modifiers: [
        { groupId: 'mgr_size', optionIds: ['mop_large'] },
        { groupId: 'mgr_extras', optionIds: ['mop_egg', 'mop_beef'] },
      ],
    });
    expect(result).toEqual({ ok: true, unitPrice: vnd(95000) });
  });

  it('leaves optional groups optional', () => {
    const result = validateSelection(
      pho,
      { modifiers: [{ groupId: 'mgr_size', optionIds: ['mop_small'] }] },
      { menuOpen: true },
    );
    expect(result).toEqual({ ok: true, unitPrice: vnd(55000) });
  });

  it('prices an item without modifier groups at its own price', () => {
    const plain = { ...pho, modifierGroups: [] };
    expect(validateSelection(plain, { modifiers: [] })).toEqual({
      ok: true,
      unitPrice: vnd(55000),
    });
  });

  it('requires the minimum of a required group', () => {
    expect(codes(validateSelection(pho, { modifiers: [] }))).toEqual([
      ['BELOW_MIN_SELECTIONS', 'mgr_size', undefined],
    ]);
  });

  it('refuses more than the maximum', () => {
    const result = validateSelection(pho, {
      modifiers: [
        { groupId: 'mgr_size', optionIds: ['mop_small', 'mop_large'] },
        { groupId: 'mgr_extras', optionIds: ['mop_egg', 'mop_beef', 'mop_herbs'] },
      ],
    });
    expect(codes(result)).toEqual([
      ['ABOVE_MAX_SELECTIONS', 'mgr_size', undefined],
      ['ABOVE_MAX_SELECTIONS', 'mgr_extras', undefined],
    ]);
  });

  it('reports unknown groups and options, unavailable and repeated options together', () => {
    const result = validateSelection(pho, {
      modifiers: [
        { groupId: 'mgr_size', optionIds: ['mop_large'] },
        { groupId: 'mgr_sauce', optionIds: ['mop_chili'] },
        { groupId: 'mgr_extras', optionIds: ['mop_tendon', 'mop_egg', 'mop_egg', 'mop_quail'] },
      ],
    });
    expect(codes(result)).toEqual([
      ['UNKNOWN_GROUP', 'mgr_sauce', undefined],
      ['OPTION_UNAVAILABLE', 'mgr_extras', 'mop_tendon'],
      ['DUPLICATE_OPTION', 'mgr_extras', 'mop_egg'],
      ['UNKNOWN_OPTION', 'mgr_extras', 'mop_quail'],
      ['ABOVE_MAX_SELECTIONS', 'mgr_extras', undefined],
    ]);
  });

  it('refuses a group given twice', () => {
    const result = validateSelection(pho, {
      modifiers: [
        { groupId: 'mgr_size', optionIds: ['mop_large'] },
        { groupId: 'mgr_size', optionIds: ['mop_small'] },
      ],
    });
    expect(codes(result)).toEqual([['DUPLICATE_GROUP', 'mgr_size', undefined]]);
  });

  it('refuses an unavailable item and a menu that is not being served', () => {
    const selection = { modifiers: [{ groupId: 'mgr_size', optionIds: ['mop_small'] }] };
    expect(codes(validateSelection({ ...pho, available: false }, selection))).toEqual([
      ['ITEM_UNAVAILABLE', undefined, undefined],
    ]);
    expect(codes(validateSelection(pho, selection, { menuOpen: false }))).toEqual([
      ['MENU_UNAVAILABLE', undefined, undefined],
    ]);
  });
});
