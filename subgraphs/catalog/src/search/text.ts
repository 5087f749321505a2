/**
 * Text folding shared by indexing and querying, so that "sua tuoi" finds "Sữa tươi" and
 * "ca phe" finds "Cà phê": NFD splits every Vietnamese letter into its base letter and combining
 * marks (tone marks and the vowel modifiers of ă, â, ê, ô, ơ, ư), the marks are dropped, and đ,
 * the one letter with a stroke rather than a combining mark, becomes d.
 */
const COMBINING_MARKS = /\p{M}/gu;
const D_STROKE = /[đĐ]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

export function foldText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(D_STROKE, 'd').toLowerCase();
}

/** Folded words: runs of letters and digits. */
export function foldedTerms(text: string): string[] {
  return foldText(text)
    .split(NOT_WORD)
    .filter((term) => term.length > 0);
}
