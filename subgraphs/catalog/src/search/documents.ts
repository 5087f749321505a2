import type { MenuItem } from '../domain/menu';
import type { OpeningHours } from '../domain/opening-hours';
import { categoryAncestors, type Product } from '../domain/product';
import type { Rating } from '../domain/rating';
import type { StoreKind } from '../domain/store';
import type { GeoPoint, SearchDocument } from './port';

/** What search needs of a store. */
export interface SearchStore {
  id: string;
  kind: StoreKind;
  location: GeoPoint;
  openingHours: OpeningHours | null;
  /** The partner stopped orders whatever the hours say: its items show as unavailable. */
  temporarilyClosed: boolean;
}

/** A rating as search keeps it: the average of the visible reviews' stars, 0 when none. */
export function searchRating(rating: Rating | null | undefined): SearchDocument['rating'] {
  if (!rating || rating.count === 0) return { average: 0, count: 0 };
  return { average: Math.round((rating.sum / rating.count) * 100) / 100, count: rating.count };
}

function storeFields(store: SearchStore) {
  return {
    storeId: store.id,
    storeKind: store.kind,
    storeLocation: store.location,
    storeHours: store.openingHours,
  };
}

/**
 * A grocery product as a search document: searchable under every ancestor of its categories
 * (`dairy/milk` is in `dairy` too). Archived products are not indexed (null).
 */
export function productDocument(
  product: Product,
  store: SearchStore,
  rating?: Rating | null,
): SearchDocument | null {
  if (product.archived || product.storeId !== store.id) return null;
  return {
    id: product.id,
    kind: 'PRODUCT',
    ...storeFields(store),
    names: product.name,
    description: null,
    brand: product.brand,
    categories: categoryAncestors(product.categories),
    dietaryTags: product.dietaryTags,
    price: product.price,
    perishable: product.perishable,
    expiresOn: product.expiresOn,
    rating: searchRating(rating),
    available: !store.temporarilyClosed,
  };
}

/** A menu item as a search document; its category facet is its menu category's id. */
export function menuItemDocument(
  item: MenuItem,
  store: SearchStore,
  rating?: Rating | null,
): SearchDocument | null {
  if (item.storeId !== store.id) return null;
  return {
    id: item.id,
    kind: 'MENU_ITEM',
    ...storeFields(store),
    names: item.name,
    description: item.description,
    brand: null,
    categories: [item.categoryId],
    dietaryTags: item.dietaryTags,
    price: item.price,
    perishable: false,
    expiresOn: null,
    rating: searchRating(rating),
    available: item.available && !store.temporarilyClosed,
  };
}
