import { Schema, type Connection, type Model } from 'mongoose';
import type { Money } from '@dabba/subgraph-kit';
import type { Allergen, DietaryTag, LocalizedText, ModifierGroup } from '../domain/menu';
import type { OpeningHours } from '../domain/opening-hours';

export interface MenuDocument {
  _id: string;
  storeId: string;
  name: LocalizedText;
  availability: OpeningHours;
  categories: { id: string; name: LocalizedText; position: number }[];
  position: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface MenuItemDocument {
  _id: string;
  storeId: string;
  menuId: string;
  categoryId: string;
  name: LocalizedText;
  description: LocalizedText | null;
  imageUrls: string[];
  price: Money;
  available: boolean;
  dietaryTags: DietaryTag[];
  allergens: Allergen[];
  modifierGroups: ModifierGroup[];
  position: number;
  createdAt: Date;
  updatedAt: Date;
}

// Menus and items are written whole by the use cases (validated in domain/), so nested values
// are stored as they are.
const menuSchema = new Schema<MenuDocument>(
  {
    _id: { type: String, required: true },
    storeId: { type: String, required: true },
    name: { type: Schema.Types.Mixed, required: true },
    availability: { type: Schema.Types.Mixed, required: true },
    categories: { type: Schema.Types.Mixed, required: true },
    position: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'menus', versionKey: false },
);
menuSchema.index({ storeId: 1, position: 1, _id: 1 }, { name: 'store_menus' });

const menuItemSchema = new Schema<MenuItemDocument>(
  {
    _id: { type: String, required: true },
    storeId: { type: String, required: true },
    menuId: { type: String, required: true },
    categoryId: { type: String, required: true },
    name: { type: Schema.Types.Mixed, required: true },
    description: { type: Schema.Types.Mixed, default: null },
    imageUrls: { type: [String], default: [] },
    price: { type: Schema.Types.Mixed, required: true },
    available: { type: Boolean, required: true },
    dietaryTags: { type: [String], default: [] },
    allergens: { type: [String], default: [] },
    modifierGroups: { type: Schema.Types.Mixed, required: true },
    position: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'menu_items', versionKey: false, minimize: false },
);
menuItemSchema.index({ menuId: 1, position: 1, _id: 1 }, { name: 'menu_items_order' });
menuItemSchema.index({ storeId: 1 }, { name: 'store_items' });

export function menuModel(db: Connection): Model<MenuDocument> {
  return db.models.Menu ?? db.model<MenuDocument>('Menu', menuSchema);
}

export function menuItemModel(db: Connection): Model<MenuItemDocument> {
  return db.models.MenuItem ?? db.model<MenuItemDocument>('MenuItem', menuItemSchema);
}
