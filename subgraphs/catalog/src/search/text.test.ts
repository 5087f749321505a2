import { foldText, foldedTerms } from './text';

describe('foldText', () => {
  it.each([
    ['Sữa tươi', 'sua tuoi'],
    ['Cà phê sữa đá', 'ca phe sua da'],
    ['Phở bò tái', 'pho bo tai'],
    ['ĐẬU HŨ', 'dau hu'],
    ['Bánh mì thịt nướng', 'banh mi thit nuong'],
    ['Ăn vặt, ốc, ơi, ư', 'an vat, oc, oi, u'],
    ['Crème brûlée', 'creme brulee'],
  ])('folds %s to %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('folds precomposed and decomposed input the same way', () => {
    expect(foldText('Phở'.normalize('NFC'))).toBe(foldText('Phở'.normalize('NFD')));
  });
});

describe('foldedTerms', () => {
  it('splits on anything but letters and digits', () => {
    expect(foldedTerms('  Vinamilk 100% — Sữa tươi (1L)! ')).toEqual([
      'vinamilk',
      '100',
      'sua',
      'tuoi',
      '1l',
    ]);
  });

  it('gives nothing for punctuation alone', () => {
    expect(foldedTerms(' -- ')).toEqual([]);
  });
});
