import type { SearchDocument, SearchKind } from '../port';

/** Small integer codes for the values of one field, so that counting and filtering use arrays. */
export class Interner {
  private readonly codes = new Map<string, number>();
  readonly values: string[] = [];

  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }

  /** The code of a known value, -1 for one never seen (which no document carries). */
  find(value: string): number {
    return this.codes.get(value) ?? -1;
  }
}

/** What search needs of a store, shared by its documents: the latest document's copy wins. */
export interface StoreEntry {
  id: string;
  location: SearchDocument['storeLocation'];
  hours: SearchDocument['storeHours'];
}

/** 'YYYY-MM-DD' → YYYYMMDD, which orders like the date. */
export function dayNumber(isoDate: string): number {
  return (
    Number(isoDate.slice(0, 4)) * 10_000 +
    Number(isoDate.slice(5, 7)) * 100 +
    Number(isoDate.slice(8, 10))
  );
}

const KIND_CODES: Record<SearchKind, number> = { PRODUCT: 0, MENU_ITEM: 1 };

/**
 * The documents in slots (dense numbers, reused after removal) with each structured field in
 * its own array indexed by slot: the filters, sorts and facets of a query read these arrays
 * instead of chasing document objects.
 */
export class DocumentColumns {
  readonly documents: (SearchDocument | undefined)[] = [];
  readonly slotOf = new Map<string, number>();
  private readonly free: number[] = [];

  readonly stores: StoreEntry[] = [];
  readonly storeCodes = new Interner();
  readonly categories = new Interner();
  readonly tags = new Interner();
  readonly brands = new Interner();
  readonly currencies = new Interner();

  readonly store: number[] = [];
  readonly kind: number[] = [];
  readonly available: boolean[] = [];
  readonly perishable: boolean[] = [];
  readonly priceAmount: number[] = [];
  readonly currency: number[] = [];
  /** YYYYMMDD, 0 when none. */
  readonly expiresOn: number[] = [];
  readonly ratingAverage: number[] = [];
  readonly ratingCount: number[] = [];
  readonly brand: number[] = [];
  readonly categoryCodes: number[][] = [];
  readonly tagCodes: number[][] = [];
  /** Folded names, each word after a space, for matching a short word being typed. */
  readonly foldedNames: string[] = [];

  get size(): number {
    return this.slotOf.size;
  }

  /** Stores the document in a free slot and returns it. The id must not be present. */
  add(document: SearchDocument, foldedName: string): number {
    const slot = this.free.pop() ?? this.documents.length;
    const storeCode = this.storeCodes.code(document.storeId);
    this.stores[storeCode] = {
      id: document.storeId,
      location: document.storeLocation,
      hours: document.storeHours,
    };
    this.documents[slot] = document;
    this.slotOf.set(document.id, slot);
    this.store[slot] = storeCode;
    this.kind[slot] = KIND_CODES[document.kind];
    this.available[slot] = document.available;
    this.perishable[slot] = document.perishable;
    this.priceAmount[slot] = document.price.amount;
    this.currency[slot] = this.currencies.code(document.price.currency);
    this.expiresOn[slot] = document.expiresOn ? dayNumber(document.expiresOn) : 0;
    this.ratingAverage[slot] = document.rating.average;
    this.ratingCount[slot] = document.rating.count;
    this.brand[slot] = document.brand ? this.brands.code(document.brand) : -1;
    this.categoryCodes[slot] = document.categories.map((category) =>
      this.categories.code(category),
    );
    this.tagCodes[slot] = document.dietaryTags.map((tag) => this.tags.code(tag));
    this.foldedNames[slot] = foldedName;
    return slot;
  }

  /** Frees the document's slot and returns it, or undefined when the id is unknown. */
  delete(id: string): number | undefined {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return undefined;
    this.slotOf.delete(id);
    this.documents[slot] = undefined;
    this.free.push(slot);
    return slot;
  }

  kindCode(kind: SearchKind): number {
    return KIND_CODES[kind];
  }
}
