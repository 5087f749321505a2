import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Product as ProductModel } from '../domain/product';
import type { Inventory as InventoryModel } from '../domain/inventory';
import type { Promotion as PromotionModel } from '../domain/promotion';
import type { Reservation as ReservationModel } from '../domain/reservation';
import type { Store as StoreModel, OrganizationReference as OrganizationReferenceModel } from '../domain/store';
import type { Review as ReviewModel } from '../domain/review';
import type { Rating as RatingModel } from '../domain/rating';
import type { Money as MoneyModel } from '@dabba/subgraph-kit';
import type { DeliveryArea as DeliveryAreaModel } from '../domain/zone';
import type { OpeningHoursException as OpeningHoursExceptionModel } from '../domain/opening-hours';
import type { Menu as MenuModel, MenuCategoryInMenu as MenuCategoryInMenuModel, MenuItem as MenuItemModel, ModifierGroup as ModifierGroupModel, ModifierOption as ModifierOptionModel } from '../domain/menu';
import type { SelectionCheck as SelectionCheckModel, PricedLine as PricedLineModel, InvalidLine as InvalidLineModel } from '../services/validate-menu-selection';
import type { CatalogContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 instant in UTC, e.g. 2026-11-21T09:30:00.000Z. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A postal address. */
export type Address = {
  __typename?: 'Address';
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2, e.g. VN or IN. */
  countryCode: Scalars['String']['output'];
  /** District or ward, when the address has one. */
  district?: Maybe<Scalars['String']['output']>;
  /** Street lines, one to three. */
  lines: Array<Scalars['String']['output']>;
};

export type AddressInput = {
  city: Scalars['String']['input'];
  countryCode: Scalars['String']['input'];
  district?: InputMaybe<Scalars['String']['input']>;
  lines: Array<Scalars['String']['input']>;
};

export type AdjustStockInput = {
  /** Non-zero. */
  delta: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
};

/** One of the fourteen allergens EU food law requires a menu to declare. */
export type Allergen =
  | 'CELERY'
  | 'CEREALS_CONTAINING_GLUTEN'
  | 'CRUSTACEANS'
  | 'EGGS'
  | 'FISH'
  | 'LUPIN'
  | 'MILK'
  | 'MOLLUSCS'
  | 'MUSTARD'
  | 'PEANUTS'
  | 'SESAME'
  | 'SOYBEANS'
  | 'SULPHITES'
  | 'TREE_NUTS';

/** The order already has a review, sent with another idempotency key. Code: ALREADY_REVIEWED. */
export type AlreadyReviewed = ReviewError & {
  __typename?: 'AlreadyReviewed';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  orderId: Scalars['ID']['output'];
};

/** What one promotion took off the basket. */
export type AppliedDiscount = {
  __typename?: 'AppliedDiscount';
  amount: Money;
  /** Whether this discount is the coupon's promotion. */
  coupon: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  /** The lines it discounted (QuotedLine.lineId), products and menu items alike. */
  lineIds: Array<Scalars['String']['output']>;
  promotionId: Scalars['ID']['output'];
  rule: PromotionRuleKind;
  /** The SKUs it discounted; empty for an order-wide discount. */
  skus: Array<Scalars['String']['output']>;
};

/** One line of a basket: a product by sku, or a menu item by itemId with its modifiers. */
export type BasketLineInput = {
  /** MENU_ITEM lines: the menu item. */
  itemId?: InputMaybe<Scalars['ID']['input']>;
  kind?: BasketLineKind;
  /** MENU_ITEM lines: the options chosen, checked like validateMenuSelection. */
  modifiers?: Array<ModifierSelectionInput>;
  /** From 1 to 10000 for a product, 1 to 99 for a menu item. */
  quantity: Scalars['Int']['input'];
  /** PRODUCT lines: the SKU. */
  sku?: InputMaybe<Scalars['String']['input']>;
};

/** What a basket line holds. */
export type BasketLineKind =
  /** A menu item with its modifiers. */
  | 'MENU_ITEM'
  /** A grocery product, by SKU. */
  | 'PRODUCT';

/** A priced basket. Money is in the store's currency; total = subtotal - the discounts, never below zero. */
export type BasketQuote = {
  __typename?: 'BasketQuote';
  /** One per promotion that applied, by promotion id. */
  discounts: Array<AppliedDiscount>;
  /** The lines, by lineId. */
  lines: Array<QuotedLine>;
  /** The promotions applied: what placing the order consumes. */
  promotionIds: Array<Scalars['ID']['output']>;
  subtotal: Money;
  total: Money;
};

/** The basket is below the coupon's minimum order. Code: BELOW_MINIMUM_ORDER. */
export type BelowMinimumOrder = ProductError & {
  __typename?: 'BelowMinimumOrder';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  minimumOrder: Money;
  promotionId: Scalars['ID']['output'];
  subtotal: Money;
};

export type BulkTierInput = {
  minQuantity: Scalars['Int']['input'];
  percent: Scalars['Int']['input'];
};

/** Something every refused catalog change carries. */
export type CatalogError = {
  /** Stable, machine-readable reason, e.g. INVALID_INPUT. */
  code: Scalars['String']['output'];
  /** For people; may change wording. */
  message: Scalars['String']['output'];
};

/** Another live promotion of the store has this coupon code. Code: COUPON_CODE_TAKEN. */
export type CouponCodeTaken = ProductError & {
  __typename?: 'CouponCodeTaken';
  code: Scalars['String']['output'];
  couponCode: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The coupon cannot be used. Code: COUPON_UNKNOWN, COUPON_NOT_STARTED, COUPON_EXPIRED or COUPON_EXHAUSTED. */
export type CouponRejected = ProductError & {
  __typename?: 'CouponRejected';
  code: Scalars['String']['output'];
  couponCode: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type CreateMenuCategoryInput = {
  /** The client's key for this creation (1–128 characters): a retry with it returns the same menu. */
  idempotencyKey: Scalars['String']['input'];
  name: LocalizedTextInput;
  /** Order within the menu, 0 to 10000; after the last one when left out. */
  position?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateMenuInput = {
  /** Weekly windows in the store's time zone (use the store's own zone) when the menu is served. */
  availability: OpeningHoursInput;
  /** The client's key for this creation (1–128 characters): a retry with it returns the first menu. */
  idempotencyKey: Scalars['String']['input'];
  /** At most 120 characters in each language. */
  name: LocalizedTextInput;
  /** Order among the store's menus, 0 to 10000; after the last one when left out. */
  position?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateMenuItemInput = {
  allergens?: Array<Allergen>;
  available?: Scalars['Boolean']['input'];
  /** A category of the menu. */
  categoryId: Scalars['ID']['input'];
  /** At most 500 characters in each language. */
  description?: InputMaybe<LocalizedTextInput>;
  dietaryTags?: Array<DietaryTag>;
  /** The client's key for this creation (1–128 characters): a retry with it returns the first item. */
  idempotencyKey: Scalars['String']['input'];
  /** At most 10 https URLs. */
  imageUrls?: Array<Scalars['String']['input']>;
  /** The item's modifier groups, in order. */
  modifierGroups?: Array<ModifierGroupInput>;
  /** At most 120 characters in each language. */
  name: LocalizedTextInput;
  /** Order within its category, 0 to 10000; after the last one when left out. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Decimal in the store's currency, e.g. 65000 (VND) or 4.50 (USD). */
  price: Scalars['String']['input'];
};

export type CreateProductInput = {
  brand?: InputMaybe<Scalars['String']['input']>;
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  dietaryTags?: InputMaybe<Array<DietaryTag>>;
  /** yyyy-MM-dd; perishables only. */
  expiresOn?: InputMaybe<Scalars['String']['input']>;
  /** The client's key for this create, at most 128 characters. */
  idempotencyKey: Scalars['String']['input'];
  imageUrls?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Low-stock threshold of the new stock record; 5 when omitted. */
  lowStockThreshold?: InputMaybe<Scalars['Int']['input']>;
  name: LocalizedTextInput;
  perishable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Decimal in the store's currency, e.g. 32000 (VND) or 4.50 (USD). */
  price: Scalars['String']['input'];
  /** 1–64 letters, digits, dots, dashes or underscores; unique in the store. */
  sku: Scalars['String']['input'];
  unit: UnitOfMeasure;
  unitSize: Scalars['Int']['input'];
};

export type CreateProductResult = InvalidProductInput | ProductPayload | SkuTaken;

export type CreatePromotionInput = {
  /** The client's key for this create, at most 128 characters. */
  idempotencyKey: Scalars['String']['input'];
  promotion: PromotionInput;
};

export type CreateStoreInput = {
  address: AddressInput;
  cuisines?: Array<Scalars['String']['input']>;
  /** ISO 4217; every price of the store is in it, and it cannot change later. */
  currency: Scalars['String']['input'];
  deliveryArea: DeliveryAreaInput;
  /** The client's key for this creation (1–128 characters): a retry with it returns the first store. */
  idempotencyKey: Scalars['String']['input'];
  kind: StoreKind;
  location: GeoPointInput;
  name: Scalars['String']['input'];
  openingHours: OpeningHoursInput;
  /** The organisation that will own the store; the caller must manage it. */
  organizationId: Scalars['ID']['input'];
  /** 1 to 240. */
  prepTimeMinutes: Scalars['Int']['input'];
  tags?: Array<Scalars['String']['input']>;
  temporarilyClosed?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateStoreResult = InvalidCatalogInput | InvalidOpeningHours | StorePayload;

/**
 * Where a store delivers: within `radiusMeters` of the store, or inside `zone`. Exactly one is
 * set.
 */
export type DeliveryArea = {
  __typename?: 'DeliveryArea';
  /** Metres from the store, for a radius. */
  radiusMeters?: Maybe<Scalars['Int']['output']>;
  /**
   * A polygon: the first ring is the outline, any further rings are holes. Each ring is closed
   * (its last point repeats the first) and has at least four points.
   */
  zone?: Maybe<Array<Array<GeoPoint>>>;
};

/** Give exactly one of radiusMeters and zone. */
export type DeliveryAreaInput = {
  /** Metres from the store, 1 to 50000. */
  radiusMeters?: InputMaybe<Scalars['Int']['input']>;
  /** Rings of points (outline first, then holes), each closed and of at least four points. */
  zone?: InputMaybe<Array<Array<GeoPointInput>>>;
};

/** Dietary properties a partner declares for what they sell. */
export type DietaryTag =
  | 'DAIRY_FREE'
  | 'GLUTEN_FREE'
  | 'HALAL'
  | 'KOSHER'
  | 'NUT_FREE'
  | 'VEGAN'
  | 'VEGETARIAN';

export type FacetCount = {
  __typename?: 'FacetCount';
  count: Scalars['Int']['output'];
  value: Scalars['String']['output'];
};

/** A WGS 84 position in decimal degrees. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
};

export type GeoPointInput = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};

/** Not enough stock for some lines; nothing was reserved or removed. Code: INSUFFICIENT_STOCK. */
export type InsufficientStock = ProductError & {
  __typename?: 'InsufficientStock';
  code: Scalars['String']['output'];
  lines: Array<StockShortage>;
  message: Scalars['String']['output'];
};

/** A field of the input is malformed. Code: INVALID_INPUT. */
export type InvalidCatalogInput = CatalogError & {
  __typename?: 'InvalidCatalogInput';
  code: Scalars['String']['output'];
  /** The input field at fault, e.g. location or address.countryCode. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A latitude, longitude or radius is out of range. Code: INVALID_COORDINATES. */
export type InvalidCoordinates = SearchError & {
  __typename?: 'InvalidCoordinates';
  code: Scalars['String']['output'];
  /** e.g. near.lat */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/**
 * A price or price delta is negative or has more decimals than the store's currency allows.
 * Code: INVALID_PRICE.
 */
export type InvalidMenuPrice = CatalogError & {
  __typename?: 'InvalidMenuPrice';
  code: Scalars['String']['output'];
  /** The input field at fault, e.g. price or modifierGroups[0].options[1].priceDelta. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/**
 * Some menu item lines cannot be ordered as chosen (unknown item, switched off, menu not served
 * now, modifiers breaking the groups' rules). Code: INVALID_SELECTION.
 */
export type InvalidMenuSelection = ProductError & {
  __typename?: 'InvalidMenuSelection';
  code: Scalars['String']['output'];
  /** Each line that cannot be ordered, with every problem found. */
  lines: Array<InvalidSelection>;
  message: Scalars['String']['output'];
};

/** Opening hours or a menu's availability cannot be used. Code: INVALID_OPENING_HOURS. */
export type InvalidOpeningHours = CatalogError & {
  __typename?: 'InvalidOpeningHours';
  code: Scalars['String']['output'];
  /** The input field holding the hours, e.g. openingHours. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Every problem found. */
  problems: Array<OpeningHoursProblem>;
};

/** The price range is inverted, negative, fractional or in an unknown currency. Code: INVALID_PRICE_RANGE. */
export type InvalidPriceRange = SearchError & {
  __typename?: 'InvalidPriceRange';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Some fields of the input are wrong. Code: INVALID_INPUT. */
export type InvalidProductInput = ProductError & {
  __typename?: 'InvalidProductInput';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  problems: Array<ProductInputProblem>;
};

/** A field of the input is malformed. Code: INVALID_INPUT. */
export type InvalidReviewInput = ReviewError & {
  __typename?: 'InvalidReviewInput';
  code: Scalars['String']['output'];
  /** The input field at fault, e.g. storeRating or itemRatings.1.itemId. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Another input field is wrong (cursor, offset, text length, list length). Code: INVALID_SEARCH_INPUT. */
export type InvalidSearchInput = SearchError & {
  __typename?: 'InvalidSearchInput';
  code: Scalars['String']['output'];
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A line that cannot be ordered as chosen. Code: INVALID_SELECTION. */
export type InvalidSelection = CatalogError & {
  __typename?: 'InvalidSelection';
  code: Scalars['String']['output'];
  itemId: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  /** Every problem with the line. */
  problems: Array<SelectionProblem>;
  quantity: Scalars['Int']['output'];
};

/** Stock of one SKU in one store: onHand = reserved + available, none ever below zero. */
export type Inventory = {
  __typename?: 'Inventory';
  /** Units that can still be sold. */
  available: Scalars['Int']['output'];
  /** catalog.stock.low.v1 is published when available falls to this or below. */
  lowStockThreshold: Scalars['Int']['output'];
  /** Units on the shelves. */
  onHand: Scalars['Int']['output'];
  /** Units held for checkouts not yet paid. */
  reserved: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** The stock record as saved. */
export type InventoryPayload = {
  __typename?: 'InventoryPayload';
  inventory: Inventory;
};

/** A customer's stars for one item of the order. */
export type ItemRating = {
  __typename?: 'ItemRating';
  /** What the customer wrote about the item; null when nothing. */
  comment?: Maybe<Scalars['String']['output']>;
  /** The catalog id of the menu item or product. */
  itemId: Scalars['ID']['output'];
  /** Whether the item is a menu item or a product. */
  kind: ReviewedItemKind;
  /** Stars, from 1 to 5. */
  rating: Scalars['Int']['output'];
};

/** Stars for one item of the order. */
export type ItemRatingInput = {
  /** About the item, with the same rules as the review's comment. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The catalog id of a menu item or product delivered with the order. */
  itemId: Scalars['ID']['input'];
  /** From 1 to 5. */
  rating: Scalars['Int']['input'];
};

/** Text a partner writes in English and, optionally, Vietnamese. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  /** English; always present. */
  en: Scalars['String']['output'];
  /** Vietnamese, when the partner gave it. */
  vi?: Maybe<Scalars['String']['output']>;
};

/** Text in English and, optionally, Vietnamese. */
export type LocalizedTextInput = {
  en: Scalars['String']['input'];
  vi?: InputMaybe<Scalars['String']['input']>;
};

/** A menu such as All day or Breakfast, served during its availability windows. */
export type Menu = {
  __typename?: 'Menu';
  /** Weekly windows (and exceptions) in the store's time zone when the menu can be ordered from. */
  availability: OpeningHours;
  /** Whether the menu is being served now. */
  availableNow: Scalars['Boolean']['output'];
  /** Categories in order. */
  categories: Array<MenuCategory>;
  id: Scalars['ID']['output'];
  name: LocalizedText;
};

/** A section of a menu, e.g. Phở or Drinks. */
export type MenuCategory = {
  __typename?: 'MenuCategory';
  /**
   * Every item, those switched off included, in order: for the store's team (OWNER, MANAGER,
   * STAFF) and its API keys with menus:read or menus:write.
   */
  allItems: Array<MenuItem>;
  id: Scalars['ID']['output'];
  /** The items customers can order now (available), in order. */
  items: Array<MenuItem>;
  name: LocalizedText;
};

/** What a deletion removed. */
export type MenuDeletion = {
  __typename?: 'MenuDeletion';
  /** The menu or category removed. */
  deletedId: Scalars['ID']['output'];
  /** The items removed with it. */
  deletedItemIds: Array<Scalars['ID']['output']>;
};

export type MenuDeletionResult = InvalidCatalogInput | MenuDeletion;

/** A dish or drink on a restaurant's menu. */
export type MenuItem = {
  __typename?: 'MenuItem';
  allergens: Array<Allergen>;
  /** False while the partner has switched it off (e.g. sold out): it cannot be ordered. */
  available: Scalars['Boolean']['output'];
  description?: Maybe<LocalizedText>;
  dietaryTags: Array<DietaryTag>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** https URLs of its pictures. */
  imageUrls: Array<Scalars['String']['output']>;
  /** Choices to make when ordering it, in order. */
  modifierGroups: Array<ModifierGroup>;
  name: LocalizedText;
  /** Base price, in the store's currency, before modifiers. */
  price: Money;
  /** Customers' rating of the item, over the reviews support has not hidden. */
  rating: Rating;
  /** The restaurant that sells it. */
  store: Store;
};

/** The item as saved. */
export type MenuItemPayload = {
  __typename?: 'MenuItemPayload';
  item: MenuItem;
};

export type MenuItemResult = InvalidCatalogInput | InvalidMenuPrice | MenuItemPayload;

/** The menu as saved. */
export type MenuPayload = {
  __typename?: 'MenuPayload';
  menu: Menu;
};

export type MenuResult = InvalidCatalogInput | InvalidOpeningHours | MenuPayload;

/** The basket checked against the menu as it is now. */
export type MenuSelectionCheck = {
  __typename?: 'MenuSelectionCheck';
  /** One result per line, in the order given. */
  lines: Array<MenuSelectionLineResult>;
  storeId: Scalars['ID']['output'];
  /** The sum of the line totals; null unless every line is valid. */
  subtotal?: Maybe<Money>;
  /** Whether every line can be ordered. */
  valid: Scalars['Boolean']['output'];
};

/** One line of a basket: an item, how many, and its modifiers. */
export type MenuSelectionLineInput = {
  itemId: Scalars['ID']['input'];
  modifiers?: Array<ModifierSelectionInput>;
  /** 1 to 99. */
  quantity: Scalars['Int']['input'];
};

export type MenuSelectionLineResult = InvalidSelection | PricedMenuLine;

/** Choices for an item, e.g. Size (exactly one) or Extras (up to three). */
export type ModifierGroup = {
  __typename?: 'ModifierGroup';
  id: Scalars['ID']['output'];
  /** The most options a customer may choose. */
  maxSelections: Scalars['Int']['output'];
  /** The fewest options a customer must choose. */
  minSelections: Scalars['Int']['output'];
  name: LocalizedText;
  options: Array<ModifierOption>;
  /** Whether at least one option must be chosen (minSelections ≥ 1). */
  required: Scalars['Boolean']['output'];
};

/**
 * A modifier group as the partner wants it. Give the id of an existing group of the item to keep
 * its id (orders and baskets refer to it); leave it out for a new group.
 */
export type ModifierGroupInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 1 or more; at most the number of options. */
  maxSelections: Scalars['Int']['input'];
  /** 0 or more; at most maxSelections. */
  minSelections: Scalars['Int']['input'];
  name: LocalizedTextInput;
  options: Array<ModifierOptionInput>;
};

/** One choice within a modifier group. */
export type ModifierOption = {
  __typename?: 'ModifierOption';
  available: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: LocalizedText;
  /** Added to the item's price when chosen; never negative. */
  priceDelta: Money;
};

/** An option of a modifier group; give the id of an existing option to keep it. */
export type ModifierOptionInput = {
  available?: Scalars['Boolean']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  name: LocalizedTextInput;
  /** Decimal in the store's currency added to the item's price, zero or more. */
  priceDelta?: Scalars['String']['input'];
};

/** The options chosen in one modifier group. */
export type ModifierSelectionInput = {
  groupId: Scalars['ID']['input'];
  optionIds: Array<Scalars['ID']['input']>;
};

/** An amount of money: an integer in the currency's minor units (VND has none, USD and INR 2). */
export type Money = {
  __typename?: 'Money';
  /** Amount in minor units, e.g. 1250 for 12.50 USD or 45000 for 45,000 VND. */
  amount: Scalars['Int']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
  /** The amount in major units as a plain decimal, e.g. 12.50. */
  decimal: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds received units (delta > 0) or writes units off (delta < 0, from available stock only). */
  adjustStock: StockResult;
  /** Archives a product: it leaves listings and baskets. Archiving twice changes nothing. */
  archiveProduct: Product;
  /** Ends a promotion for good; its coupon code can be used again. */
  archivePromotion: Promotion;
  /**
   * Adds a menu to a restaurant: the owning organisation's OWNERs and MANAGERs, or its API keys
   * with menus:write. Resending the same idempotencyKey returns the first menu.
   */
  createMenu: MenuResult;
  /** Adds a category to a menu; idempotent by idempotencyKey. Same access as createMenu. */
  createMenuCategory: MenuResult;
  /** Adds an item to a category of the menu; idempotent by idempotencyKey. Same access as createMenu. */
  createMenuItem: MenuItemResult;
  /**
   * Adds a product to a grocery store, with an empty stock record: the store's OWNERs and MANAGERs,
   * or its API keys with menus:write. Resending the same idempotencyKey returns the first product.
   */
  createProduct: CreateProductResult;
  /** Creates a promotion. Same access as createProduct; idempotent by idempotencyKey. */
  createPromotion: PromotionResult;
  /** Opens a store for an organisation: its OWNERs and MANAGERs, or its API keys with menus:write. */
  createStore: CreateStoreResult;
  /** Deletes a menu with its categories and items. Same access as createMenu. */
  deleteMenu: MenuDeletionResult;
  /** Deletes a category with its items. INVALID_INPUT (field categoryId) for one not on the menu. */
  deleteMenuCategory: MenuDeletionResult;
  /** Deletes an item; it leaves menus, search and baskets. Same access as createMenu. */
  deleteMenuItem: MenuDeletionResult;
  /**
   * Hides a review from the store's reviews and takes its stars out of every rating it counted in.
   * Hiding a hidden review changes nothing. NOT_FOUND for an unknown id, BAD_USER_INPUT for a blank
   * reason.
   */
  hideReview: Review;
  /**
   * Holds stock for a checkout, every line or none, until the payment is authorised (committed),
   * the order is cancelled, rejected or failed (released) or ttlSeconds pass (expired). Called by
   * the orders service; the same reservationKey and lines again return the first reservation.
   */
  reserveStock: ReserveStockResult;
  /**
   * Switches one modifier option on or off (e.g. out of an extra). INVALID_INPUT (field optionId)
   * for an option the item does not have.
   */
  setModifierOptionAvailability: MenuItemResult;
  /** Sets a SKU's on-hand count after a stock take (and its low-stock threshold when given). */
  setStock: StockResult;
  /**
   * Reviews an order the caller received: its store, and any of its items, each once. One review
   * per order; resending the same idempotencyKey returns the review first stored.
   */
  submitReview: SubmitReviewResult;
  /** Renames a menu, changes when it is served or its position. Same access as createMenu. */
  updateMenu: MenuResult;
  /** Renames or moves a category. INVALID_INPUT (field categoryId) for a category not on the menu. */
  updateMenuCategory: MenuResult;
  /** Changes an item, its availability or its modifier groups. Same access as createMenu. */
  updateMenuItem: MenuItemResult;
  /** Changes a product's details; the SKU never changes. Same access as createProduct. */
  updateProduct: UpdateProductResult;
  /** Replaces a promotion's definition, keeping its redemptions. */
  updatePromotion: PromotionResult;
  /** Changes a store: the owning organisation's OWNERs and MANAGERs, or its API keys with menus:write. */
  updateStore: UpdateStoreResult;
};


export type MutationAdjustStockArgs = {
  input: AdjustStockInput;
  storeId: Scalars['ID']['input'];
};


export type MutationArchiveProductArgs = {
  productId: Scalars['ID']['input'];
};


export type MutationArchivePromotionArgs = {
  promotionId: Scalars['ID']['input'];
};


export type MutationCreateMenuArgs = {
  input: CreateMenuInput;
  storeId: Scalars['ID']['input'];
};


export type MutationCreateMenuCategoryArgs = {
  input: CreateMenuCategoryInput;
  menuId: Scalars['ID']['input'];
};


export type MutationCreateMenuItemArgs = {
  input: CreateMenuItemInput;
  menuId: Scalars['ID']['input'];
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
  storeId: Scalars['ID']['input'];
};


export type MutationCreatePromotionArgs = {
  input: CreatePromotionInput;
  storeId: Scalars['ID']['input'];
};


export type MutationCreateStoreArgs = {
  input: CreateStoreInput;
};


export type MutationDeleteMenuArgs = {
  menuId: Scalars['ID']['input'];
};


export type MutationDeleteMenuCategoryArgs = {
  categoryId: Scalars['ID']['input'];
  menuId: Scalars['ID']['input'];
};


export type MutationDeleteMenuItemArgs = {
  itemId: Scalars['ID']['input'];
};


export type MutationHideReviewArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReserveStockArgs = {
  input: ReserveStockInput;
};


export type MutationSetModifierOptionAvailabilityArgs = {
  available: Scalars['Boolean']['input'];
  itemId: Scalars['ID']['input'];
  optionId: Scalars['ID']['input'];
};


export type MutationSetStockArgs = {
  input: SetStockInput;
  storeId: Scalars['ID']['input'];
};


export type MutationSubmitReviewArgs = {
  input: SubmitReviewInput;
};


export type MutationUpdateMenuArgs = {
  input: UpdateMenuInput;
  menuId: Scalars['ID']['input'];
};


export type MutationUpdateMenuCategoryArgs = {
  categoryId: Scalars['ID']['input'];
  input: UpdateMenuCategoryInput;
  menuId: Scalars['ID']['input'];
};


export type MutationUpdateMenuItemArgs = {
  input: UpdateMenuItemInput;
  itemId: Scalars['ID']['input'];
};


export type MutationUpdateProductArgs = {
  input: UpdateProductInput;
  productId: Scalars['ID']['input'];
};


export type MutationUpdatePromotionArgs = {
  input: PromotionInput;
  promotionId: Scalars['ID']['input'];
};


export type MutationUpdateStoreArgs = {
  input: UpdateStoreInput;
  storeId: Scalars['ID']['input'];
};

/** The customer's position, and optionally how far stores may be. */
export type NearInput = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
  /** Only stores within this many metres (at most 50,000). */
  withinMeters?: InputMaybe<Scalars['Float']['input']>;
};

/**
 * Weekly opening intervals and exceptions, as local times in `timeZone`. An interval whose close
 * is before its open runs past midnight into the next day; 24:00 closes at the end of the day.
 */
export type OpeningHours = {
  __typename?: 'OpeningHours';
  /** Dates with other hours than usual, or closed all day, oldest first. */
  exceptions: Array<OpeningHoursException>;
  /** IANA time zone, e.g. Asia/Ho_Chi_Minh. */
  timeZone: Scalars['String']['output'];
  /** Intervals by weekday, Monday first. */
  weekly: Array<WeeklyInterval>;
};

/** One local date with other hours than usual. */
export type OpeningHoursException = {
  __typename?: 'OpeningHoursException';
  /** Whether the store is closed all that day. */
  closed: Scalars['Boolean']['output'];
  /** Local date, yyyy-MM-dd. */
  date: Scalars['String']['output'];
  /** The intervals replacing the usual ones; empty when closed. */
  intervals: Array<TimeRange>;
};

/** A date closed all day (no intervals) or with special hours. */
export type OpeningHoursExceptionInput = {
  /** yyyy-MM-dd, local. */
  date: Scalars['String']['input'];
  intervals?: Array<TimeRangeInput>;
};

export type OpeningHoursInput = {
  exceptions?: Array<OpeningHoursExceptionInput>;
  /** IANA time zone, e.g. Asia/Ho_Chi_Minh. */
  timeZone: Scalars['String']['input'];
  weekly: Array<WeeklyIntervalInput>;
};

/** One thing wrong with opening hours. */
export type OpeningHoursProblem = {
  __typename?: 'OpeningHoursProblem';
  /** UNKNOWN_TIME_ZONE, MALFORMED_TIME, MALFORMED_DATE, CLOSE_EQUALS_OPEN, OVERLAP or DUPLICATE_DATE. */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Where in the hours, e.g. weekly[2].close or exceptions[0].date. */
  path: Scalars['String']['output'];
};

/**
 * The caller has no delivered order with this id: it does not exist, is not delivered yet, or is
 * someone else's. Code: ORDER_NOT_REVIEWABLE.
 */
export type OrderNotReviewable = ReviewError & {
  __typename?: 'OrderNotReviewable';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  orderId: Scalars['ID']['output'];
};

/** A partner organisation (a restaurant group, a grocer); the catalog contributes its stores. */
export type Organization = {
  __typename?: 'Organization';
  /** Stable, opaque identifier (org_…). */
  id: Scalars['ID']['output'];
  /** The organisation's stores, oldest first, in pages of at most 100. */
  stores: StoreConnection;
};


/** A partner organisation (a restaurant group, a grocer); the catalog contributes its stores. */
export type OrganizationStoresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** Where a page ends and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last item, to pass as `after` for the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** first is above the largest page. Code: PAGE_TOO_LARGE. */
export type PageTooLarge = SearchError & {
  __typename?: 'PageTooLarge';
  code: Scalars['String']['output'];
  maxPageSize: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

/** Hits priced from min (inclusive) to max (exclusive, null for no upper bound), in minor units. */
export type PriceBucket = {
  __typename?: 'PriceBucket';
  count: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
  max?: Maybe<Scalars['Int']['output']>;
  min: Scalars['Int']['output'];
};

/** An inclusive price range in minor units of one currency. */
export type PriceRangeInput = {
  /** ISO 4217 currency; only prices in it match. */
  currency: Scalars['String']['input'];
  max?: InputMaybe<Scalars['Int']['input']>;
  min?: InputMaybe<Scalars['Int']['input']>;
};

/** A line that can be ordered, priced. */
export type PricedMenuLine = {
  __typename?: 'PricedMenuLine';
  itemId: Scalars['ID']['output'];
  /** unitPrice × quantity. */
  lineTotal: Money;
  quantity: Scalars['Int']['output'];
  /** The item's price plus its chosen options. */
  unitPrice: Money;
};

/** A packaged or fresh product a grocery store sells, identified in the store by its SKU. */
export type Product = {
  __typename?: 'Product';
  /** Archived products stay readable by id but leave listings and baskets. */
  archived: Scalars['Boolean']['output'];
  brand?: Maybe<Scalars['String']['output']>;
  /** Category slug paths, e.g. dairy/milk; the product is listed in every ancestor category too. */
  categories: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  dietaryTags: Array<DietaryTag>;
  /** Local date (yyyy-MM-dd) the stock on the shelf expires; perishables only. */
  expiresOn?: Maybe<Scalars['String']['output']>;
  /** Stable, opaque identifier (prd_…). */
  id: Scalars['ID']['output'];
  /** https URLs. */
  imageUrls: Array<Scalars['String']['output']>;
  /** Whether at least one item can be bought now. */
  inStock: Scalars['Boolean']['output'];
  /** The stock record; only the store's team (OWNER, MANAGER, STAFF) and its API keys see it. */
  inventory?: Maybe<Inventory>;
  /** Name in English and, when given, Vietnamese. */
  name: LocalizedText;
  /** Whether the product expires within the store's near-expiry window (3 days by default). */
  nearExpiry: Scalars['Boolean']['output'];
  /** Whether it spoils: perishables may carry an expiry date and go on near-expiry promotions. */
  perishable: Scalars['Boolean']['output'];
  /** Price of one item, in the store's currency. */
  price: Money;
  /** Customers' rating of the product, over the reviews support has not hidden. */
  rating: Rating;
  /** The store's stock-keeping unit, unique within the store. */
  sku: Scalars['String']['output'];
  /** The store that sells it. */
  store: Store;
  /** What one `unitSize` is counted in. */
  unit: UnitOfMeasure;
  /** How many units one item holds: 1 (L), 500 (G), 6 (per PACK). */
  unitSize: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** One page of products. */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  pageInfo: PageInfo;
};

/** A product and its position in the list. */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** Opaque position of this product, to pass as `after`. */
  cursor: Scalars['String']['output'];
  node: Product;
};

/** Something every product, stock, reservation or basket error result carries. */
export type ProductError = {
  /** Stable, machine-readable reason, e.g. UNKNOWN_SKUS. */
  code: Scalars['String']['output'];
  /** For people; may change wording. */
  message: Scalars['String']['output'];
};

/** One wrong field. */
export type ProductInputProblem = {
  __typename?: 'ProductInputProblem';
  /** INVALID_PRICE for a negative price or too many decimals for the currency, else INVALID_INPUT. */
  code: Scalars['String']['output'];
  /** The input field, e.g. price or rule.percent. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The product as saved. */
export type ProductPayload = {
  __typename?: 'ProductPayload';
  product: Product;
};

/** A discount a store offers, by itself or with a coupon code. */
export type Promotion = {
  __typename?: 'Promotion';
  archived: Scalars['Boolean']['output'];
  /** The coupon code; only the store's team and its API keys see it. */
  couponCode?: Maybe<Scalars['String']['output']>;
  /** What it takes off, e.g. 10% off, buy 2, get 1 free. */
  description: Scalars['String']['output'];
  /** Exclusive; null runs until archived. */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  globalLimit?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** The basket subtotal it needs, if any. */
  minimumOrder?: Maybe<Money>;
  /** Shown to customers beside the discount. */
  name: Scalars['String']['output'];
  /** Whether a coupon code is needed. */
  needsCoupon: Scalars['Boolean']['output'];
  perCustomerLimit?: Maybe<Scalars['Int']['output']>;
  /** Orders placed with it and not cancelled; only the store's team and its API keys see it. */
  redemptions?: Maybe<Scalars['Int']['output']>;
  rule: PromotionRuleKind;
  startsAt: Scalars['DateTime']['output'];
  target: PromotionTargetKind;
};

export type PromotionInput = {
  /** 3–32 letters, digits, dashes or underscores; compared without regard to case. */
  couponCode?: InputMaybe<Scalars['String']['input']>;
  /** Must be after startsAt. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  globalLimit?: InputMaybe<Scalars['Int']['input']>;
  /** Decimal in the store's currency. */
  minimumOrder?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  perCustomerLimit?: InputMaybe<Scalars['Int']['input']>;
  rule: PromotionRuleInput;
  startsAt: Scalars['DateTime']['input'];
  target: PromotionTargetInput;
};

/** The promotion as saved. */
export type PromotionPayload = {
  __typename?: 'PromotionPayload';
  promotion: Promotion;
};

export type PromotionResult = CouponCodeTaken | InvalidProductInput | PromotionPayload;

export type PromotionRuleInput = {
  /** FIXED_AMOUNT: a decimal in the store's currency. */
  amount?: InputMaybe<Scalars['String']['input']>;
  /** BUY_X_GET_Y. */
  buy?: InputMaybe<Scalars['Int']['input']>;
  /** BUY_X_GET_Y. */
  get?: InputMaybe<Scalars['Int']['input']>;
  kind: PromotionRuleKind;
  /** PERCENTAGE: 1–100. */
  percent?: InputMaybe<Scalars['Int']['input']>;
  /** BULK_TIERS: minQuantity from 2, increasing. */
  tiers?: InputMaybe<Array<BulkTierInput>>;
};

/**
 * PERCENTAGE: percent off each matching line (rounded down). FIXED_AMOUNT: off the order (STORE
 * target) or off each matching unit. BUY_X_GET_Y: of every buy + get units of a line, get are free.
 * BULK_TIERS: the highest tier the line's quantity reaches gives its percent off.
 */
export type PromotionRuleKind =
  | 'BULK_TIERS'
  | 'BUY_X_GET_Y'
  | 'FIXED_AMOUNT'
  | 'PERCENTAGE';

export type PromotionTargetInput = {
  /** CATEGORIES. */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  kind: PromotionTargetKind;
  /** SKUS: product SKUs, or menu item ids (a basket's menu item lines match by item id). */
  skus?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Which basket lines a promotion applies to. */
export type PromotionTargetKind =
  | 'CATEGORIES'
  /** Perishables within the store's near-expiry window. */
  | 'NEAR_EXPIRY'
  | 'SKUS'
  | 'STORE';

export type Query = {
  __typename?: 'Query';
  /** The menu item with this id, or null when there is none. */
  menuItem?: Maybe<MenuItem>;
  /** The product with this id (archived ones too), or null. */
  product?: Maybe<Product>;
  /** The store's product with this SKU (archived ones too), or null. */
  productBySku?: Maybe<Product>;
  /**
   * Prices a basket of the store's products and menu items with its promotions, now, for the caller
   * (per-customer limits count for signed-in customers). Lines of the same SKU, or of the same menu
   * item with the same modifiers, are added together.
   */
  quoteBasket: QuoteBasketResult;
  /**
   * Products and menu items matching words in English or Vietnamese, with or without diacritics,
   * forgiving typos and completing the last word, narrowed by filters, with facet counts. Bad
   * input is answered as data (a SearchError), never as an error.
   */
  search: SearchResult;
  /** The store with this id, or null when there is none. */
  store?: Maybe<Store>;
  /** Stores, oldest first, in pages of at most 100. */
  stores: StoreConnection;
  /**
   * Checks and prices a basket of a store's menu items with their modifiers, against the menus
   * served at `at` (now when left out). BAD_USER_INPUT for no lines or more than 100.
   */
  validateMenuSelection: MenuSelectionCheck;
};


export type QueryMenuItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductBySkuArgs = {
  sku: Scalars['String']['input'];
  storeId: Scalars['ID']['input'];
};


export type QueryQuoteBasketArgs = {
  couponCode?: InputMaybe<Scalars['String']['input']>;
  lines: Array<BasketLineInput>;
  storeId: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  input: SearchInput;
};


export type QueryStoreArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStoresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryValidateMenuSelectionArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  lines: Array<MenuSelectionLineInput>;
  storeId: Scalars['ID']['input'];
};

export type QuoteBasketResult = BasketQuote | BelowMinimumOrder | CouponRejected | InvalidMenuSelection | InvalidProductInput | UnknownSkus;

/** A basket line as priced. */
export type QuotedLine = {
  __typename?: 'QuotedLine';
  /** The line discount applied (at most one per line). */
  discount: Money;
  /** The menu item of a MENU_ITEM line; null for a product. */
  itemId?: Maybe<Scalars['ID']['output']>;
  kind: BasketLineKind;
  /** Identifies the line in the quote: the SKU, or the menu item with its chosen options. */
  lineId: Scalars['String']['output'];
  /** The product of a PRODUCT line; null for a menu item. */
  productId?: Maybe<Scalars['ID']['output']>;
  promotionId?: Maybe<Scalars['ID']['output']>;
  quantity: Scalars['Int']['output'];
  /** The SKU of a product line; null for a menu item. */
  sku?: Maybe<Scalars['String']['output']>;
  /** unitPrice × quantity; a menu item's unitPrice includes its options' price deltas. */
  total: Money;
  unitPrice: Money;
};

/**
 * Customers' stars for a store, a menu item or a product, over the reviews that are not hidden.
 * Kept up to date with every review, not recomputed.
 */
export type Rating = {
  __typename?: 'Rating';
  /** The mean of the stars, rounded to two decimals; null until someone rates it. */
  average?: Maybe<Scalars['Float']['output']>;
  /** How many reviews rated it. */
  count: Scalars['Int']['output'];
  /** How many reviews gave each number of stars, from 1 to 5; every star is listed, zero included. */
  histogram: Array<RatingBucket>;
};

/** The reviews that gave one number of stars. */
export type RatingBucket = {
  __typename?: 'RatingBucket';
  /** How many reviews gave that many stars. */
  count: Scalars['Int']['output'];
  /** From 1 to 5. */
  stars: Scalars['Int']['output'];
};

/** The reservation key was used for a different request. Code: RESERVATION_KEY_REUSED. */
export type ReservationKeyReused = ProductError & {
  __typename?: 'ReservationKeyReused';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  reservationKey: Scalars['String']['output'];
};

/** A reservation's life: HELD, then COMMITTED (paid), RELEASED (cancelled) or EXPIRED. */
export type ReservationStatus =
  | 'COMMITTED'
  | 'EXPIRED'
  | 'HELD'
  | 'RELEASED';

export type ReserveLineInput = {
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
};

export type ReserveStockInput = {
  lines: Array<ReserveLineInput>;
  /** e.g. the order id; makes the call idempotent. */
  reservationKey: Scalars['String']['input'];
  storeId: Scalars['ID']['input'];
  /** From 30 to 7200; 900 when omitted. */
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type ReserveStockResult = InsufficientStock | InvalidProductInput | ReservationKeyReused | StockReservation | UnknownSkus;

/** Units of one SKU held. */
export type ReservedLine = {
  __typename?: 'ReservedLine';
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

/** A customer's review of an order they received: of the store, and of any of the items delivered. */
export type Review = {
  __typename?: 'Review';
  /** The customer who received the order. */
  author: User;
  /** What the customer wrote about the store; null when nothing. */
  comment?: Maybe<Scalars['String']['output']>;
  /** When the review was submitted. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier (rev_…). */
  id: Scalars['ID']['output'];
  /** The items of the order the customer rated. */
  itemRatings: Array<ItemRating>;
  /** Why support hid the review, if it did. Only support and admins see it; others get null. */
  moderation?: Maybe<ReviewModeration>;
  /** The store the order came from. */
  store: Store;
  /** Stars for the store, from 1 to 5. */
  storeRating: Scalars['Int']['output'];
};

/** One page of a store's reviews. */
export type ReviewConnection = {
  __typename?: 'ReviewConnection';
  edges: Array<ReviewEdge>;
  pageInfo: PageInfo;
};

/** A review and its position in the list. */
export type ReviewEdge = {
  __typename?: 'ReviewEdge';
  /** Opaque position of this review, to pass as `after`. */
  cursor: Scalars['String']['output'];
  node: Review;
};

/** Something every refused review carries. */
export type ReviewError = {
  /** Stable, machine-readable reason, e.g. ALREADY_REVIEWED. */
  code: Scalars['String']['output'];
  /** For people; may change wording. */
  message: Scalars['String']['output'];
};

/** Support's decision to hide a review from customers and from the ratings. */
export type ReviewModeration = {
  __typename?: 'ReviewModeration';
  /** When it was hidden. */
  hiddenAt: Scalars['DateTime']['output'];
  /** The support agent or admin who hid it. */
  hiddenBy: User;
  /** Why it was hidden. */
  reason: Scalars['String']['output'];
};

/** What kind of catalog item a review rated. */
export type ReviewedItemKind =
  /** A dish from a restaurant's menu. */
  | 'MENU_ITEM'
  /** A grocery product. */
  | 'PRODUCT';

/** Something every refused search carries. */
export type SearchError = {
  /** Stable, machine-readable reason. */
  code: Scalars['String']['output'];
  /** For people; may change wording. */
  message: Scalars['String']['output'];
};

/** Counts per value over every hit of the search, most frequent first (at most 20 values). */
export type SearchFacets = {
  __typename?: 'SearchFacets';
  brands: Array<FacetCount>;
  categories: Array<FacetCount>;
  dietaryTags: Array<FacetCount>;
  kinds: Array<FacetCount>;
  /** Non-empty price buckets, by currency then price. */
  prices: Array<PriceBucket>;
};

/** A product or menu item that matched, where it is sold and how well it matched. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** Pass as after to continue after this hit. */
  cursor: Scalars['String']['output'];
  /** Metres from near to the store; null without near. */
  distanceMeters?: Maybe<Scalars['Float']['output']>;
  item: SearchItem;
  /** Text relevance, comparable only within one search; 0 without text. */
  score: Scalars['Float']['output'];
  /** The store selling it; null if it was removed since it was indexed. */
  store?: Maybe<Store>;
};

/** What a search asks for. Every filter is optional; all given filters apply together. */
export type SearchInput = {
  /** Continue after this cursor (a previous hit's cursor, with the same sort). */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Items in any of these category slugs, e.g. dairy (a product is in every ancestor of its categories). */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Items carrying all of these dietary tags, e.g. VEGAN. */
  dietaryTags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only perishables expiring between today and this many days from now (UTC dates), 0 to 365. */
  expiringWithinDays?: InputMaybe<Scalars['Int']['input']>;
  /** Hits per page, 1 to 100. */
  first?: InputMaybe<Scalars['Int']['input']>;
  /** Include items that cannot be ordered now (out of stock, switched off, store paused). */
  includeUnavailable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<SearchItemKind>>;
  /** Where the customer is: gives each hit its distance, allows sort DISTANCE and a radius. */
  near?: InputMaybe<NearInput>;
  /** Or skip this many hits instead of after; offset + first at most 10,000. */
  offset?: InputMaybe<Scalars['Int']['input']>;
  /** Only items of stores open at this instant (overrides openNow). */
  openAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only items of stores open at the time of the request. */
  openNow?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only perishable (true) or non-perishable (false) items. */
  perishable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Prices within this range, in one currency. */
  price?: InputMaybe<PriceRangeInput>;
  /** Order of the hits; RELEVANCE with text, else DISTANCE when near is given, else RELEVANCE. */
  sort?: InputMaybe<SearchSort>;
  /** Only items of these stores (at most 100). */
  storeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Words to match, at most 200 characters: 'sua tuoi' finds 'Sữa tươi'. Absent: browse by filters. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A product or menu item as search indexed it. */
export type SearchItem = {
  __typename?: 'SearchItem';
  /** Whether it can be ordered now. */
  available: Scalars['Boolean']['output'];
  brand?: Maybe<Scalars['String']['output']>;
  categories: Array<Scalars['String']['output']>;
  description?: Maybe<LocalizedText>;
  dietaryTags: Array<Scalars['String']['output']>;
  /** Local date (YYYY-MM-DD) of the earliest expiry on the shelf. */
  expiresOn?: Maybe<Scalars['String']['output']>;
  /** The product's or menu item's id. */
  id: Scalars['ID']['output'];
  kind: SearchItemKind;
  name: LocalizedText;
  perishable: Scalars['Boolean']['output'];
  price: Money;
  /** Average stars, 0 when not rated. */
  ratingAverage: Scalars['Float']['output'];
  ratingCount: Scalars['Int']['output'];
  /** The store selling it. */
  storeId: Scalars['ID']['output'];
};

/** What a hit is. */
export type SearchItemKind =
  /** A dish on a restaurant menu. */
  | 'MENU_ITEM'
  /** A grocery product. */
  | 'PRODUCT';

export type SearchResult = InvalidCoordinates | InvalidPriceRange | InvalidSearchInput | PageTooLarge | SearchResults | UnsupportedSort;

/** One page of hits, with counts over every hit. */
export type SearchResults = {
  __typename?: 'SearchResults';
  facets: SearchFacets;
  hits: Array<SearchHit>;
  pageInfo: PageInfo;
  /** Hits over all pages. */
  total: Scalars['Int']['output'];
};

/** Orders of search hits; ties are broken by id, so pages never repeat or skip a hit. */
export type SearchSort =
  /** Nearest store first; needs near. */
  | 'DISTANCE'
  /** Cheapest first, by currency. */
  | 'PRICE_ASC'
  /** Dearest first, by currency. */
  | 'PRICE_DESC'
  /** Best rated first, then most rated. */
  | 'RATING'
  /** Best text match first (names count more than descriptions, whole words more than typos). */
  | 'RELEVANCE';

/**
 * One problem with a line: UNKNOWN_ITEM, INVALID_QUANTITY, ITEM_UNAVAILABLE, MENU_UNAVAILABLE,
 * UNKNOWN_GROUP, DUPLICATE_GROUP, UNKNOWN_OPTION, OPTION_UNAVAILABLE, DUPLICATE_OPTION,
 * BELOW_MIN_SELECTIONS or ABOVE_MAX_SELECTIONS.
 */
export type SelectionProblem = {
  __typename?: 'SelectionProblem';
  code: Scalars['String']['output'];
  /** The modifier group at fault, when there is one. */
  groupId?: Maybe<Scalars['ID']['output']>;
  message: Scalars['String']['output'];
  /** The option at fault, when there is one. */
  optionId?: Maybe<Scalars['ID']['output']>;
};

export type SetStockInput = {
  lowStockThreshold?: InputMaybe<Scalars['Int']['input']>;
  onHand: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
};

/** The store already has a product with this SKU. Code: SKU_TAKEN. */
export type SkuTaken = ProductError & {
  __typename?: 'SkuTaken';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  sku: Scalars['String']['output'];
};

/** On-hand stock cannot go below what checkouts hold. Code: STOCK_BELOW_RESERVED. */
export type StockBelowReserved = ProductError & {
  __typename?: 'StockBelowReserved';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  reserved: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

/** Stock held for a checkout. */
export type StockReservation = {
  __typename?: 'StockReservation';
  /** When held stock is released unless committed first. */
  expiresAt: Scalars['DateTime']['output'];
  lines: Array<ReservedLine>;
  /** The caller's key, e.g. the order id. */
  reservationKey: Scalars['String']['output'];
  status: ReservationStatus;
  storeId: Scalars['ID']['output'];
};

export type StockResult = InsufficientStock | InvalidProductInput | InventoryPayload | StockBelowReserved | UnknownSkus;

/** A line that cannot be served. */
export type StockShortage = {
  __typename?: 'StockShortage';
  available: Scalars['Int']['output'];
  requested: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

/** A restaurant or grocery store that sells through Dabba, run by a partner. */
export type Store = {
  __typename?: 'Store';
  /** Where the store is. */
  address: Address;
  /** When the store joined Dabba. */
  createdAt: Scalars['DateTime']['output'];
  /** Lower-case cuisine labels, e.g. vietnamese, noodles. */
  cuisines: Array<Scalars['String']['output']>;
  /** ISO 4217 currency of every price in this store. */
  currency: Scalars['String']['output'];
  /** Whether the store delivers to this point (inside its radius or zone). */
  deliversTo: Scalars['Boolean']['output'];
  /** Where the store delivers: a radius around it or a zone. */
  deliveryArea: DeliveryArea;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /**
   * Whether the store's hours admit this instant, read on the store's local clock (daylight
   * saving included); false whenever the store is temporarily closed.
   */
  isOpen: Scalars['Boolean']['output'];
  /** What the store sells, which decides how its orders are prepared. */
  kind: StoreKind;
  /** The store's position, where couriers pick orders up. */
  location: GeoPoint;
  /** The store's menus, in the order the partner set; empty for a grocery store. */
  menus: Array<Menu>;
  /** Name shown to customers, at most 80 characters. */
  name: Scalars['String']['output'];
  /** Whether the store takes orders now: inside its opening hours and not temporarily closed. */
  openNow: Scalars['Boolean']['output'];
  /** When the store takes orders, in its own time zone. */
  openingHours: OpeningHours;
  /** The partner organisation that runs the store; its other fields come from the users subgraph. */
  organization: Organization;
  /** Typical minutes from accepting an order to handing it to the courier. */
  prepTimeMinutes: Scalars['Int']['output'];
  /** The store's live products in SKU order, in pages of at most 100 (BAD_USER_INPUT above). */
  products: ProductConnection;
  /** The store's running promotions (not archived), by id; coupon codes are not shown. */
  promotions: Array<Promotion>;
  /** Customers' rating of the store, over the reviews support has not hidden. */
  rating: Rating;
  /** Customers' reviews of the store, newest first, in pages of at most 100; hidden ones are left out. */
  reviews: ReviewConnection;
  /** Lower-case labels for browsing, e.g. late-night, family. */
  tags: Array<Scalars['String']['output']>;
  /** Set by the partner to stop taking orders whatever the hours say (e.g. a power cut). */
  temporarilyClosed: Scalars['Boolean']['output'];
  /** When the store was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A restaurant or grocery store that sells through Dabba, run by a partner. */
export type StoreDeliversToArgs = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};


/** A restaurant or grocery store that sells through Dabba, run by a partner. */
export type StoreIsOpenArgs = {
  at: Scalars['DateTime']['input'];
};


/** A restaurant or grocery store that sells through Dabba, run by a partner. */
export type StoreProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A restaurant or grocery store that sells through Dabba, run by a partner. */
export type StoreReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** One page of stores. */
export type StoreConnection = {
  __typename?: 'StoreConnection';
  edges: Array<StoreEdge>;
  pageInfo: PageInfo;
};

/** A store and its position in the list. */
export type StoreEdge = {
  __typename?: 'StoreEdge';
  /** Opaque position of this store, to pass as `after`. */
  cursor: Scalars['String']['output'];
  node: Store;
};

/** What a store sells. */
export type StoreKind =
  /** Sells packaged and fresh goods picked from its shelves. */
  | 'GROCERY'
  /** Cooks meals to order. */
  | 'RESTAURANT';

/** The store as saved. */
export type StorePayload = {
  __typename?: 'StorePayload';
  store: Store;
};

/** A review of an order the caller received. */
export type SubmitReviewInput = {
  /** About the store: at most 1000 characters, trimmed, no control characters but line breaks. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The client's key for this submission (at most 128 characters): a retry with it returns the first result. */
  idempotencyKey: Scalars['ID']['input'];
  /** Stars for items of the order, each item at most once. */
  itemRatings?: Array<ItemRatingInput>;
  /** The delivered order. */
  orderId: Scalars['ID']['input'];
  /** Stars for the store, from 1 to 5. */
  storeRating: Scalars['Int']['input'];
};

/** The stored review, or why it was refused. */
export type SubmitReviewResult = AlreadyReviewed | InvalidReviewInput | OrderNotReviewable | Review;

/** An interval of local times within one day (or past its midnight). */
export type TimeRange = {
  __typename?: 'TimeRange';
  close: Scalars['String']['output'];
  open: Scalars['String']['output'];
};

export type TimeRangeInput = {
  close: Scalars['String']['input'];
  open: Scalars['String']['input'];
};

/** Units a product is sold by. */
export type UnitOfMeasure =
  | 'G'
  | 'KG'
  | 'L'
  | 'ML'
  | 'PACK'
  | 'PIECE';

/** The store has no live product with these SKUs. Code: UNKNOWN_SKUS. */
export type UnknownSkus = ProductError & {
  __typename?: 'UnknownSkus';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  skus: Array<Scalars['String']['output']>;
};

/** The sort cannot apply to this search (DISTANCE without near). Code: UNSUPPORTED_SORT. */
export type UnsupportedSort = SearchError & {
  __typename?: 'UnsupportedSort';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  sort: SearchSort;
};

/** Fields left out stay as they are. */
export type UpdateMenuCategoryInput = {
  name?: InputMaybe<LocalizedTextInput>;
  position?: InputMaybe<Scalars['Int']['input']>;
};

/** Fields left out stay as they are. */
export type UpdateMenuInput = {
  availability?: InputMaybe<OpeningHoursInput>;
  name?: InputMaybe<LocalizedTextInput>;
  position?: InputMaybe<Scalars['Int']['input']>;
};

/** Fields left out stay as they are; modifierGroups, when given, replaces every group. */
export type UpdateMenuItemInput = {
  allergens?: InputMaybe<Array<Allergen>>;
  /** false switches the item off (e.g. sold out); customers still see it but cannot order it. */
  available?: InputMaybe<Scalars['Boolean']['input']>;
  /** Moves the item to another category of its menu. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** null removes the description. */
  description?: InputMaybe<LocalizedTextInput>;
  dietaryTags?: InputMaybe<Array<DietaryTag>>;
  imageUrls?: InputMaybe<Array<Scalars['String']['input']>>;
  modifierGroups?: InputMaybe<Array<ModifierGroupInput>>;
  name?: InputMaybe<LocalizedTextInput>;
  position?: InputMaybe<Scalars['Int']['input']>;
  price?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to change; omitted ones keep their value. */
export type UpdateProductInput = {
  brand?: InputMaybe<Scalars['String']['input']>;
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  dietaryTags?: InputMaybe<Array<DietaryTag>>;
  expiresOn?: InputMaybe<Scalars['String']['input']>;
  imageUrls?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<LocalizedTextInput>;
  perishable?: InputMaybe<Scalars['Boolean']['input']>;
  price?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<UnitOfMeasure>;
  unitSize?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateProductResult = InvalidProductInput | ProductPayload;

/** Fields left out stay as they are. */
export type UpdateStoreInput = {
  address?: InputMaybe<AddressInput>;
  cuisines?: InputMaybe<Array<Scalars['String']['input']>>;
  deliveryArea?: InputMaybe<DeliveryAreaInput>;
  location?: InputMaybe<GeoPointInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  openingHours?: InputMaybe<OpeningHoursInput>;
  prepTimeMinutes?: InputMaybe<Scalars['Int']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  temporarilyClosed?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateStoreResult = InvalidCatalogInput | InvalidOpeningHours | StorePayload;

/** A Dabba user, resolved by the users subgraph; here, the author of a review. */
export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

/** A day of the week. */
export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

/** An interval that opens on `day`. */
export type WeeklyInterval = {
  __typename?: 'WeeklyInterval';
  /** Local time HH:mm (or 24:00); earlier than open when it runs past midnight. */
  close: Scalars['String']['output'];
  day: Weekday;
  /** Local time HH:mm. */
  open: Scalars['String']['output'];
};

export type WeeklyIntervalInput = {
  /** HH:mm or 24:00; before open to run past midnight. */
  close: Scalars['String']['input'];
  day: Weekday;
  /** HH:mm. */
  open: Scalars['String']['input'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  MenuItem: MenuItem;
  Organization: Organization;
  Product: Product;
  Store: Store;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  MenuItem:
    ( { __typename: 'MenuItem' }
    & GraphQLRecursivePick<FederationTypes['MenuItem'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"id":true}> );
  Store:
    ( { __typename: 'Store' }
    & GraphQLRecursivePick<FederationTypes['Store'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  CreateProductResult:
    | ( InvalidProductInput )
    | ( Omit<ProductPayload, 'product'> & { product: _RefType['Product'] } )
    | ( SkuTaken )
  ;
  CreateStoreResult:
    | ( InvalidCatalogInput )
    | ( InvalidOpeningHours )
    | ( Omit<StorePayload, 'store'> & { store: _RefType['Store'] } )
  ;
  MenuDeletionResult:
    | ( InvalidCatalogInput )
    | ( MenuDeletion )
  ;
  MenuItemResult:
    | ( InvalidCatalogInput )
    | ( InvalidMenuPrice )
    | ( Omit<MenuItemPayload, 'item'> & { item: _RefType['MenuItem'] } )
  ;
  MenuResult:
    | ( InvalidCatalogInput )
    | ( InvalidOpeningHours )
    | ( Omit<MenuPayload, 'menu'> & { menu: _RefType['Menu'] } )
  ;
  MenuSelectionLineResult:
    | ( InvalidLineModel )
    | ( PricedLineModel )
  ;
  PromotionResult:
    | ( CouponCodeTaken )
    | ( InvalidProductInput )
    | ( Omit<PromotionPayload, 'promotion'> & { promotion: _RefType['Promotion'] } )
  ;
  QuoteBasketResult:
    | ( Omit<BasketQuote, 'discounts' | 'lines' | 'subtotal' | 'total'> & { discounts: Array<_RefType['AppliedDiscount']>, lines: Array<_RefType['QuotedLine']>, subtotal: _RefType['Money'], total: _RefType['Money'] } )
    | ( Omit<BelowMinimumOrder, 'minimumOrder' | 'subtotal'> & { minimumOrder: _RefType['Money'], subtotal: _RefType['Money'] } )
    | ( CouponRejected )
    | ( Omit<InvalidMenuSelection, 'lines'> & { lines: Array<_RefType['InvalidSelection']> } )
    | ( InvalidProductInput )
    | ( UnknownSkus )
  ;
  ReserveStockResult:
    | ( InsufficientStock )
    | ( InvalidProductInput )
    | ( ReservationKeyReused )
    | ( ReservationModel )
    | ( UnknownSkus )
  ;
  SearchResult:
    | ( InvalidCoordinates )
    | ( InvalidPriceRange )
    | ( InvalidSearchInput )
    | ( PageTooLarge )
    | ( Omit<SearchResults, 'hits'> & { hits: Array<_RefType['SearchHit']> } )
    | ( UnsupportedSort )
  ;
  StockResult:
    | ( InsufficientStock )
    | ( InvalidProductInput )
    | ( Omit<InventoryPayload, 'inventory'> & { inventory: _RefType['Inventory'] } )
    | ( StockBelowReserved )
    | ( UnknownSkus )
  ;
  SubmitReviewResult:
    | ( AlreadyReviewed )
    | ( InvalidReviewInput )
    | ( OrderNotReviewable )
    | ( ReviewModel )
  ;
  UpdateProductResult:
    | ( InvalidProductInput )
    | ( Omit<ProductPayload, 'product'> & { product: _RefType['Product'] } )
  ;
  UpdateStoreResult:
    | ( InvalidCatalogInput )
    | ( InvalidOpeningHours )
    | ( Omit<StorePayload, 'store'> & { store: _RefType['Store'] } )
  ;
}>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  CatalogError:
    | ( InvalidCatalogInput )
    | ( InvalidMenuPrice )
    | ( InvalidOpeningHours )
    | ( InvalidLineModel )
  ;
  ProductError:
    | ( Omit<BelowMinimumOrder, 'minimumOrder' | 'subtotal'> & { minimumOrder: _RefType['Money'], subtotal: _RefType['Money'] } )
    | ( CouponCodeTaken )
    | ( CouponRejected )
    | ( InsufficientStock )
    | ( Omit<InvalidMenuSelection, 'lines'> & { lines: Array<_RefType['InvalidSelection']> } )
    | ( InvalidProductInput )
    | ( ReservationKeyReused )
    | ( SkuTaken )
    | ( StockBelowReserved )
    | ( UnknownSkus )
  ;
  ReviewError:
    | ( AlreadyReviewed )
    | ( InvalidReviewInput )
    | ( OrderNotReviewable )
  ;
  SearchError:
    | ( InvalidCoordinates )
    | ( InvalidPriceRange )
    | ( InvalidSearchInput )
    | ( PageTooLarge )
    | ( UnsupportedSort )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Address: ResolverTypeWrapper<Address>;
  AddressInput: AddressInput;
  AdjustStockInput: AdjustStockInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Allergen: Allergen;
  AlreadyReviewed: ResolverTypeWrapper<AlreadyReviewed>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AppliedDiscount: ResolverTypeWrapper<Omit<AppliedDiscount, 'amount'> & { amount: ResolversTypes['Money'] }>;
  BasketLineInput: BasketLineInput;
  BasketLineKind: BasketLineKind;
  BasketQuote: ResolverTypeWrapper<Omit<BasketQuote, 'discounts' | 'lines' | 'subtotal' | 'total'> & { discounts: Array<ResolversTypes['AppliedDiscount']>, lines: Array<ResolversTypes['QuotedLine']>, subtotal: ResolversTypes['Money'], total: ResolversTypes['Money'] }>;
  BelowMinimumOrder: ResolverTypeWrapper<Omit<BelowMinimumOrder, 'minimumOrder' | 'subtotal'> & { minimumOrder: ResolversTypes['Money'], subtotal: ResolversTypes['Money'] }>;
  BulkTierInput: BulkTierInput;
  CatalogError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['CatalogError']>;
  CouponCodeTaken: ResolverTypeWrapper<CouponCodeTaken>;
  CouponRejected: ResolverTypeWrapper<CouponRejected>;
  CreateMenuCategoryInput: CreateMenuCategoryInput;
  CreateMenuInput: CreateMenuInput;
  CreateMenuItemInput: CreateMenuItemInput;
  CreateProductInput: CreateProductInput;
  CreateProductResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateProductResult']>;
  CreatePromotionInput: CreatePromotionInput;
  CreateStoreInput: CreateStoreInput;
  CreateStoreResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateStoreResult']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliveryArea: ResolverTypeWrapper<DeliveryAreaModel>;
  DeliveryAreaInput: DeliveryAreaInput;
  DietaryTag: DietaryTag;
  FacetCount: ResolverTypeWrapper<FacetCount>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GeoPointInput: GeoPointInput;
  InsufficientStock: ResolverTypeWrapper<InsufficientStock>;
  InvalidCatalogInput: ResolverTypeWrapper<InvalidCatalogInput>;
  InvalidCoordinates: ResolverTypeWrapper<InvalidCoordinates>;
  InvalidMenuPrice: ResolverTypeWrapper<InvalidMenuPrice>;
  InvalidMenuSelection: ResolverTypeWrapper<Omit<InvalidMenuSelection, 'lines'> & { lines: Array<ResolversTypes['InvalidSelection']> }>;
  InvalidOpeningHours: ResolverTypeWrapper<InvalidOpeningHours>;
  InvalidPriceRange: ResolverTypeWrapper<InvalidPriceRange>;
  InvalidProductInput: ResolverTypeWrapper<InvalidProductInput>;
  InvalidReviewInput: ResolverTypeWrapper<InvalidReviewInput>;
  InvalidSearchInput: ResolverTypeWrapper<InvalidSearchInput>;
  InvalidSelection: ResolverTypeWrapper<InvalidLineModel>;
  Inventory: ResolverTypeWrapper<InventoryModel>;
  InventoryPayload: ResolverTypeWrapper<Omit<InventoryPayload, 'inventory'> & { inventory: ResolversTypes['Inventory'] }>;
  ItemRating: ResolverTypeWrapper<ItemRating>;
  ItemRatingInput: ItemRatingInput;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  LocalizedTextInput: LocalizedTextInput;
  Menu: ResolverTypeWrapper<MenuModel>;
  MenuCategory: ResolverTypeWrapper<MenuCategoryInMenuModel>;
  MenuDeletion: ResolverTypeWrapper<MenuDeletion>;
  MenuDeletionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['MenuDeletionResult']>;
  MenuItem: ResolverTypeWrapper<MenuItemModel>;
  MenuItemPayload: ResolverTypeWrapper<Omit<MenuItemPayload, 'item'> & { item: ResolversTypes['MenuItem'] }>;
  MenuItemResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['MenuItemResult']>;
  MenuPayload: ResolverTypeWrapper<Omit<MenuPayload, 'menu'> & { menu: ResolversTypes['Menu'] }>;
  MenuResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['MenuResult']>;
  MenuSelectionCheck: ResolverTypeWrapper<SelectionCheckModel>;
  MenuSelectionLineInput: MenuSelectionLineInput;
  MenuSelectionLineResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['MenuSelectionLineResult']>;
  ModifierGroup: ResolverTypeWrapper<ModifierGroupModel>;
  ModifierGroupInput: ModifierGroupInput;
  ModifierOption: ResolverTypeWrapper<ModifierOptionModel>;
  ModifierOptionInput: ModifierOptionInput;
  ModifierSelectionInput: ModifierSelectionInput;
  Money: ResolverTypeWrapper<MoneyModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NearInput: NearInput;
  OpeningHours: ResolverTypeWrapper<Omit<OpeningHours, 'exceptions'> & { exceptions: Array<ResolversTypes['OpeningHoursException']> }>;
  OpeningHoursException: ResolverTypeWrapper<OpeningHoursExceptionModel>;
  OpeningHoursExceptionInput: OpeningHoursExceptionInput;
  OpeningHoursInput: OpeningHoursInput;
  OpeningHoursProblem: ResolverTypeWrapper<OpeningHoursProblem>;
  OrderNotReviewable: ResolverTypeWrapper<OrderNotReviewable>;
  Organization: ResolverTypeWrapper<OrganizationReferenceModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PageTooLarge: ResolverTypeWrapper<PageTooLarge>;
  PriceBucket: ResolverTypeWrapper<PriceBucket>;
  PriceRangeInput: PriceRangeInput;
  PricedMenuLine: ResolverTypeWrapper<PricedLineModel>;
  Product: ResolverTypeWrapper<ProductModel>;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges'> & { edges: Array<ResolversTypes['ProductEdge']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ProductError']>;
  ProductInputProblem: ResolverTypeWrapper<ProductInputProblem>;
  ProductPayload: ResolverTypeWrapper<Omit<ProductPayload, 'product'> & { product: ResolversTypes['Product'] }>;
  Promotion: ResolverTypeWrapper<PromotionModel>;
  PromotionInput: PromotionInput;
  PromotionPayload: ResolverTypeWrapper<Omit<PromotionPayload, 'promotion'> & { promotion: ResolversTypes['Promotion'] }>;
  PromotionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PromotionResult']>;
  PromotionRuleInput: PromotionRuleInput;
  PromotionRuleKind: PromotionRuleKind;
  PromotionTargetInput: PromotionTargetInput;
  PromotionTargetKind: PromotionTargetKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuoteBasketResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['QuoteBasketResult']>;
  QuotedLine: ResolverTypeWrapper<Omit<QuotedLine, 'discount' | 'total' | 'unitPrice'> & { discount: ResolversTypes['Money'], total: ResolversTypes['Money'], unitPrice: ResolversTypes['Money'] }>;
  Rating: ResolverTypeWrapper<RatingModel>;
  RatingBucket: ResolverTypeWrapper<RatingBucket>;
  ReservationKeyReused: ResolverTypeWrapper<ReservationKeyReused>;
  ReservationStatus: ReservationStatus;
  ReserveLineInput: ReserveLineInput;
  ReserveStockInput: ReserveStockInput;
  ReserveStockResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReserveStockResult']>;
  ReservedLine: ResolverTypeWrapper<ReservedLine>;
  Review: ResolverTypeWrapper<ReviewModel>;
  ReviewConnection: ResolverTypeWrapper<Omit<ReviewConnection, 'edges'> & { edges: Array<ResolversTypes['ReviewEdge']> }>;
  ReviewEdge: ResolverTypeWrapper<Omit<ReviewEdge, 'node'> & { node: ResolversTypes['Review'] }>;
  ReviewError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ReviewError']>;
  ReviewModeration: ResolverTypeWrapper<ReviewModeration>;
  ReviewedItemKind: ReviewedItemKind;
  SearchError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['SearchError']>;
  SearchFacets: ResolverTypeWrapper<SearchFacets>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'item' | 'store'> & { item: ResolversTypes['SearchItem'], store?: Maybe<ResolversTypes['Store']> }>;
  SearchInput: SearchInput;
  SearchItem: ResolverTypeWrapper<Omit<SearchItem, 'price'> & { price: ResolversTypes['Money'] }>;
  SearchItemKind: SearchItemKind;
  SearchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchResult']>;
  SearchResults: ResolverTypeWrapper<Omit<SearchResults, 'hits'> & { hits: Array<ResolversTypes['SearchHit']> }>;
  SearchSort: SearchSort;
  SelectionProblem: ResolverTypeWrapper<SelectionProblem>;
  SetStockInput: SetStockInput;
  SkuTaken: ResolverTypeWrapper<SkuTaken>;
  StockBelowReserved: ResolverTypeWrapper<StockBelowReserved>;
  StockReservation: ResolverTypeWrapper<ReservationModel>;
  StockResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['StockResult']>;
  StockShortage: ResolverTypeWrapper<StockShortage>;
  Store: ResolverTypeWrapper<StoreModel>;
  StoreConnection: ResolverTypeWrapper<Omit<StoreConnection, 'edges'> & { edges: Array<ResolversTypes['StoreEdge']> }>;
  StoreEdge: ResolverTypeWrapper<Omit<StoreEdge, 'node'> & { node: ResolversTypes['Store'] }>;
  StoreKind: StoreKind;
  StorePayload: ResolverTypeWrapper<Omit<StorePayload, 'store'> & { store: ResolversTypes['Store'] }>;
  SubmitReviewInput: SubmitReviewInput;
  SubmitReviewResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SubmitReviewResult']>;
  TimeRange: ResolverTypeWrapper<TimeRange>;
  TimeRangeInput: TimeRangeInput;
  UnitOfMeasure: UnitOfMeasure;
  UnknownSkus: ResolverTypeWrapper<UnknownSkus>;
  UnsupportedSort: ResolverTypeWrapper<UnsupportedSort>;
  UpdateMenuCategoryInput: UpdateMenuCategoryInput;
  UpdateMenuInput: UpdateMenuInput;
  UpdateMenuItemInput: UpdateMenuItemInput;
  UpdateProductInput: UpdateProductInput;
  UpdateProductResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateProductResult']>;
  UpdateStoreInput: UpdateStoreInput;
  UpdateStoreResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateStoreResult']>;
  User: ResolverTypeWrapper<User>;
  Weekday: Weekday;
  WeeklyInterval: ResolverTypeWrapper<WeeklyInterval>;
  WeeklyIntervalInput: WeeklyIntervalInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Address: Address;
  AddressInput: AddressInput;
  AdjustStockInput: AdjustStockInput;
  Int: Scalars['Int']['output'];
  AlreadyReviewed: AlreadyReviewed;
  ID: Scalars['ID']['output'];
  AppliedDiscount: Omit<AppliedDiscount, 'amount'> & { amount: ResolversParentTypes['Money'] };
  BasketLineInput: BasketLineInput;
  BasketQuote: Omit<BasketQuote, 'discounts' | 'lines' | 'subtotal' | 'total'> & { discounts: Array<ResolversParentTypes['AppliedDiscount']>, lines: Array<ResolversParentTypes['QuotedLine']>, subtotal: ResolversParentTypes['Money'], total: ResolversParentTypes['Money'] };
  BelowMinimumOrder: Omit<BelowMinimumOrder, 'minimumOrder' | 'subtotal'> & { minimumOrder: ResolversParentTypes['Money'], subtotal: ResolversParentTypes['Money'] };
  BulkTierInput: BulkTierInput;
  CatalogError: ResolversInterfaceTypes<ResolversParentTypes>['CatalogError'];
  CouponCodeTaken: CouponCodeTaken;
  CouponRejected: CouponRejected;
  CreateMenuCategoryInput: CreateMenuCategoryInput;
  CreateMenuInput: CreateMenuInput;
  CreateMenuItemInput: CreateMenuItemInput;
  CreateProductInput: CreateProductInput;
  CreateProductResult: ResolversUnionTypes<ResolversParentTypes>['CreateProductResult'];
  CreatePromotionInput: CreatePromotionInput;
  CreateStoreInput: CreateStoreInput;
  CreateStoreResult: ResolversUnionTypes<ResolversParentTypes>['CreateStoreResult'];
  DateTime: Scalars['DateTime']['output'];
  DeliveryArea: DeliveryAreaModel;
  DeliveryAreaInput: DeliveryAreaInput;
  FacetCount: FacetCount;
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  GeoPointInput: GeoPointInput;
  InsufficientStock: InsufficientStock;
  InvalidCatalogInput: InvalidCatalogInput;
  InvalidCoordinates: InvalidCoordinates;
  InvalidMenuPrice: InvalidMenuPrice;
  InvalidMenuSelection: Omit<InvalidMenuSelection, 'lines'> & { lines: Array<ResolversParentTypes['InvalidSelection']> };
  InvalidOpeningHours: InvalidOpeningHours;
  InvalidPriceRange: InvalidPriceRange;
  InvalidProductInput: InvalidProductInput;
  InvalidReviewInput: InvalidReviewInput;
  InvalidSearchInput: InvalidSearchInput;
  InvalidSelection: InvalidLineModel;
  Inventory: InventoryModel;
  InventoryPayload: Omit<InventoryPayload, 'inventory'> & { inventory: ResolversParentTypes['Inventory'] };
  ItemRating: ItemRating;
  ItemRatingInput: ItemRatingInput;
  LocalizedText: LocalizedText;
  LocalizedTextInput: LocalizedTextInput;
  Menu: MenuModel;
  MenuCategory: MenuCategoryInMenuModel;
  MenuDeletion: MenuDeletion;
  MenuDeletionResult: ResolversUnionTypes<ResolversParentTypes>['MenuDeletionResult'];
  MenuItem: MenuItemModel;
  MenuItemPayload: Omit<MenuItemPayload, 'item'> & { item: ResolversParentTypes['MenuItem'] };
  MenuItemResult: ResolversUnionTypes<ResolversParentTypes>['MenuItemResult'];
  MenuPayload: Omit<MenuPayload, 'menu'> & { menu: ResolversParentTypes['Menu'] };
  MenuResult: ResolversUnionTypes<ResolversParentTypes>['MenuResult'];
  MenuSelectionCheck: SelectionCheckModel;
  MenuSelectionLineInput: MenuSelectionLineInput;
  MenuSelectionLineResult: ResolversUnionTypes<ResolversParentTypes>['MenuSelectionLineResult'];
  ModifierGroup: ModifierGroupModel;
  ModifierGroupInput: ModifierGroupInput;
  ModifierOption: ModifierOptionModel;
  ModifierOptionInput: ModifierOptionInput;
  ModifierSelectionInput: ModifierSelectionInput;
  Money: MoneyModel;
  Mutation: Record<PropertyKey, never>;
  NearInput: NearInput;
  OpeningHours: Omit<OpeningHours, 'exceptions'> & { exceptions: Array<ResolversParentTypes['OpeningHoursException']> };
  OpeningHoursException: OpeningHoursExceptionModel;
  OpeningHoursExceptionInput: OpeningHoursExceptionInput;
  OpeningHoursInput: OpeningHoursInput;
  OpeningHoursProblem: OpeningHoursProblem;
  OrderNotReviewable: OrderNotReviewable;
  Organization: OrganizationReferenceModel;
  PageInfo: PageInfo;
  PageTooLarge: PageTooLarge;
  PriceBucket: PriceBucket;
  PriceRangeInput: PriceRangeInput;
  PricedMenuLine: PricedLineModel;
  Product: ProductModel;
  ProductConnection: Omit<ProductConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProductEdge']> };
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductError: ResolversInterfaceTypes<ResolversParentTypes>['ProductError'];
  ProductInputProblem: ProductInputProblem;
  ProductPayload: Omit<ProductPayload, 'product'> & { product: ResolversParentTypes['Product'] };
  Promotion: PromotionModel;
  PromotionInput: PromotionInput;
  PromotionPayload: Omit<PromotionPayload, 'promotion'> & { promotion: ResolversParentTypes['Promotion'] };
  PromotionResult: ResolversUnionTypes<ResolversParentTypes>['PromotionResult'];
  PromotionRuleInput: PromotionRuleInput;
  PromotionTargetInput: PromotionTargetInput;
  Query: Record<PropertyKey, never>;
  QuoteBasketResult: ResolversUnionTypes<ResolversParentTypes>['QuoteBasketResult'];
  QuotedLine: Omit<QuotedLine, 'discount' | 'total' | 'unitPrice'> & { discount: ResolversParentTypes['Money'], total: ResolversParentTypes['Money'], unitPrice: ResolversParentTypes['Money'] };
  Rating: RatingModel;
  RatingBucket: RatingBucket;
  ReservationKeyReused: ReservationKeyReused;
  ReserveLineInput: ReserveLineInput;
  ReserveStockInput: ReserveStockInput;
  ReserveStockResult: ResolversUnionTypes<ResolversParentTypes>['ReserveStockResult'];
  ReservedLine: ReservedLine;
  Review: ReviewModel;
  ReviewConnection: Omit<ReviewConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReviewEdge']> };
  ReviewEdge: Omit<ReviewEdge, 'node'> & { node: ResolversParentTypes['Review'] };
  ReviewError: ResolversInterfaceTypes<ResolversParentTypes>['ReviewError'];
  ReviewModeration: ReviewModeration;
  SearchError: ResolversInterfaceTypes<ResolversParentTypes>['SearchError'];
  SearchFacets: SearchFacets;
  SearchHit: Omit<SearchHit, 'item' | 'store'> & { item: ResolversParentTypes['SearchItem'], store?: Maybe<ResolversParentTypes['Store']> };
  SearchInput: SearchInput;
  SearchItem: Omit<SearchItem, 'price'> & { price: ResolversParentTypes['Money'] };
  SearchResult: ResolversUnionTypes<ResolversParentTypes>['SearchResult'];
  SearchResults: Omit<SearchResults, 'hits'> & { hits: Array<ResolversParentTypes['SearchHit']> };
  SelectionProblem: SelectionProblem;
  SetStockInput: SetStockInput;
  SkuTaken: SkuTaken;
  StockBelowReserved: StockBelowReserved;
  StockReservation: ReservationModel;
  StockResult: ResolversUnionTypes<ResolversParentTypes>['StockResult'];
  StockShortage: StockShortage;
  Store: StoreModel;
  StoreConnection: Omit<StoreConnection, 'edges'> & { edges: Array<ResolversParentTypes['StoreEdge']> };
  StoreEdge: Omit<StoreEdge, 'node'> & { node: ResolversParentTypes['Store'] };
  StorePayload: Omit<StorePayload, 'store'> & { store: ResolversParentTypes['Store'] };
  SubmitReviewInput: SubmitReviewInput;
  SubmitReviewResult: ResolversUnionTypes<ResolversParentTypes>['SubmitReviewResult'];
  TimeRange: TimeRange;
  TimeRangeInput: TimeRangeInput;
  UnknownSkus: UnknownSkus;
  UnsupportedSort: UnsupportedSort;
  UpdateMenuCategoryInput: UpdateMenuCategoryInput;
  UpdateMenuInput: UpdateMenuInput;
  UpdateMenuItemInput: UpdateMenuItemInput;
  UpdateProductInput: UpdateProductInput;
  UpdateProductResult: ResolversUnionTypes<ResolversParentTypes>['UpdateProductResult'];
  UpdateStoreInput: UpdateStoreInput;
  UpdateStoreResult: ResolversUnionTypes<ResolversParentTypes>['UpdateStoreResult'];
  User: User;
  WeeklyInterval: WeeklyInterval;
  WeeklyIntervalInput: WeeklyIntervalInput;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
}>;

export type AccessDirectiveArgs = {
  allow: Array<Scalars['String']['input']>;
  nullWhenDenied?: Maybe<Scalars['Boolean']['input']>;
};

export type AccessDirectiveResolver<Result, Parent, ContextType = CatalogContext, Args = AccessDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AddressResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AlreadyReviewedResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['AlreadyReviewed'] = ResolversParentTypes['AlreadyReviewed']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AppliedDiscountResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['AppliedDiscount'] = ResolversParentTypes['AppliedDiscount']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  coupon?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lineIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  promotionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['PromotionRuleKind'], ParentType, ContextType>;
  skus?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BasketQuoteResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['BasketQuote'] = ResolversParentTypes['BasketQuote']> = ResolversObject<{
  discounts?: Resolver<Array<ResolversTypes['AppliedDiscount']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['QuotedLine']>, ParentType, ContextType>;
  promotionIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BelowMinimumOrderResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['BelowMinimumOrder'] = ResolversParentTypes['BelowMinimumOrder']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minimumOrder?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  promotionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CatalogErrorResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogError'] = ResolversParentTypes['CatalogError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidCatalogInput' | 'InvalidMenuPrice' | 'InvalidOpeningHours' | 'InvalidSelection', ParentType, ContextType>;
}>;

export type CouponCodeTakenResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CouponCodeTaken'] = ResolversParentTypes['CouponCodeTaken']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  couponCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CouponRejectedResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CouponRejected'] = ResolversParentTypes['CouponRejected']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  couponCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CreateProductResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CreateProductResult'] = ResolversParentTypes['CreateProductResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidProductInput' | 'ProductPayload' | 'SkuTaken', ParentType, ContextType>;
}>;

export type CreateStoreResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CreateStoreResult'] = ResolversParentTypes['CreateStoreResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidCatalogInput' | 'InvalidOpeningHours' | 'StorePayload', ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeliveryAreaResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['DeliveryArea'] = ResolversParentTypes['DeliveryArea']> = ResolversObject<{
  radiusMeters?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  zone?: Resolver<Maybe<Array<Array<ResolversTypes['GeoPoint']>>>, ParentType, ContextType>;
}>;

export type FacetCountResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['FacetCount'] = ResolversParentTypes['FacetCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GeoPointResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type InsufficientStockResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InsufficientStock'] = ResolversParentTypes['InsufficientStock']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['StockShortage']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidCatalogInputResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InvalidCatalogInput'] = ResolversParentTypes['InvalidCatalogInput']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidCoordinatesResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InvalidCoordinates'] = ResolversParentTypes['InvalidCoordinates']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidMenuPriceResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InvalidMenuPrice'] = ResolversParentTypes['InvalidMenuPrice']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidMenuSelectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InvalidMenuSelection'] = ResolversParentTypes['InvalidMenuSelection']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['InvalidSelection']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidOpeningHoursResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InvalidOpeningHours'] = ResolversParentTypes['InvalidOpeningHours']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['OpeningHoursProblem']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidPriceRangeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InvalidPriceRange'] = ResolversParentTypes['InvalidPriceRange']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidProductInputResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InvalidProductInput'] = ResolversParentTypes['InvalidProductInput']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ProductInputProblem']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidReviewInputResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InvalidReviewInput'] = ResolversParentTypes['InvalidReviewInput']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidSearchInputResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InvalidSearchInput'] = ResolversParentTypes['InvalidSearchInput']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidSelectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InvalidSelection'] = ResolversParentTypes['InvalidSelection']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['SelectionProblem']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InventoryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Inventory'] = ResolversParentTypes['Inventory']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lowStockThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type InventoryPayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InventoryPayload'] = ResolversParentTypes['InventoryPayload']> = ResolversObject<{
  inventory?: Resolver<ResolversTypes['Inventory'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ItemRatingResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ItemRating'] = ResolversParentTypes['ItemRating']> = ResolversObject<{
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReviewedItemKind'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LocalizedTextResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = ResolversObject<{
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MenuResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Menu'] = ResolversParentTypes['Menu']> = ResolversObject<{
  availability?: Resolver<ResolversTypes['OpeningHours'], ParentType, ContextType>;
  availableNow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['MenuCategory']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
}>;

export type MenuCategoryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MenuCategory'] = ResolversParentTypes['MenuCategory']> = ResolversObject<{
  allItems?: Resolver<Array<ResolversTypes['MenuItem']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['MenuItem']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
}>;

export type MenuDeletionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MenuDeletion'] = ResolversParentTypes['MenuDeletion']> = ResolversObject<{
  deletedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deletedItemIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MenuDeletionResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MenuDeletionResult'] = ResolversParentTypes['MenuDeletionResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidCatalogInput' | 'MenuDeletion', ParentType, ContextType>;
}>;

export type MenuItemResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MenuItem'] = ResolversParentTypes['MenuItem'], FederationReferenceType extends FederationReferenceTypes['MenuItem'] = FederationReferenceTypes['MenuItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MenuItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allergens?: Resolver<Array<ResolversTypes['Allergen']>, ParentType, ContextType>;
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  dietaryTags?: Resolver<Array<ResolversTypes['DietaryTag']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageUrls?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  modifierGroups?: Resolver<Array<ResolversTypes['ModifierGroup']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Rating'], ParentType, ContextType>;
  store?: Resolver<ResolversTypes['Store'], ParentType, ContextType>;
}>;

export type MenuItemPayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MenuItemPayload'] = ResolversParentTypes['MenuItemPayload']> = ResolversObject<{
  item?: Resolver<ResolversTypes['MenuItem'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MenuItemResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MenuItemResult'] = ResolversParentTypes['MenuItemResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidCatalogInput' | 'InvalidMenuPrice' | 'MenuItemPayload', ParentType, ContextType>;
}>;

export type MenuPayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MenuPayload'] = ResolversParentTypes['MenuPayload']> = ResolversObject<{
  menu?: Resolver<ResolversTypes['Menu'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MenuResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MenuResult'] = ResolversParentTypes['MenuResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidCatalogInput' | 'InvalidOpeningHours' | 'MenuPayload', ParentType, ContextType>;
}>;

export type MenuSelectionCheckResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MenuSelectionCheck'] = ResolversParentTypes['MenuSelectionCheck']> = ResolversObject<{
  lines?: Resolver<Array<ResolversTypes['MenuSelectionLineResult']>, ParentType, ContextType>;
  storeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subtotal?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MenuSelectionLineResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['MenuSelectionLineResult'] = ResolversParentTypes['MenuSelectionLineResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidSelection' | 'PricedMenuLine', ParentType, ContextType>;
}>;

export type ModifierGroupResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ModifierGroup'] = ResolversParentTypes['ModifierGroup']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxSelections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minSelections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['ModifierOption']>, ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ModifierOptionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ModifierOption'] = ResolversParentTypes['ModifierOption']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  priceDelta?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decimal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  adjustStock?: Resolver<ResolversTypes['StockResult'], ParentType, ContextType, RequireFields<MutationAdjustStockArgs, 'input' | 'storeId'>>;
  archiveProduct?: Resolver<ResolversTypes['Product'], ParentType, ContextType, RequireFields<MutationArchiveProductArgs, 'productId'>>;
  archivePromotion?: Resolver<ResolversTypes['Promotion'], ParentType, ContextType, RequireFields<MutationArchivePromotionArgs, 'promotionId'>>;
  createMenu?: Resolver<ResolversTypes['MenuResult'], ParentType, ContextType, RequireFields<MutationCreateMenuArgs, 'input' | 'storeId'>>;
  createMenuCategory?: Resolver<ResolversTypes['MenuResult'], ParentType, ContextType, RequireFields<MutationCreateMenuCategoryArgs, 'input' | 'menuId'>>;
  createMenuItem?: Resolver<ResolversTypes['MenuItemResult'], ParentType, ContextType, RequireFields<MutationCreateMenuItemArgs, 'input' | 'menuId'>>;
  createProduct?: Resolver<ResolversTypes['CreateProductResult'], ParentType, ContextType, RequireFields<MutationCreateProductArgs, 'input' | 'storeId'>>;
  createPromotion?: Resolver<ResolversTypes['PromotionResult'], ParentType, ContextType, RequireFields<MutationCreatePromotionArgs, 'input' | 'storeId'>>;
  createStore?: Resolver<ResolversTypes['CreateStoreResult'], ParentType, ContextType, RequireFields<MutationCreateStoreArgs, 'input'>>;
  deleteMenu?: Resolver<ResolversTypes['MenuDeletionResult'], ParentType, ContextType, RequireFields<MutationDeleteMenuArgs, 'menuId'>>;
  deleteMenuCategory?: Resolver<ResolversTypes['MenuDeletionResult'], ParentType, ContextType, RequireFields<MutationDeleteMenuCategoryArgs, 'categoryId' | 'menuId'>>;
  deleteMenuItem?: Resolver<ResolversTypes['MenuDeletionResult'], ParentType, ContextType, RequireFields<MutationDeleteMenuItemArgs, 'itemId'>>;
  hideReview?: Resolver<ResolversTypes['Review'], ParentType, ContextType, RequireFields<MutationHideReviewArgs, 'id' | 'reason'>>;
  reserveStock?: Resolver<ResolversTypes['ReserveStockResult'], ParentType, ContextType, RequireFields<MutationReserveStockArgs, 'input'>>;
  setModifierOptionAvailability?: Resolver<ResolversTypes['MenuItemResult'], ParentType, ContextType, RequireFields<MutationSetModifierOptionAvailabilityArgs, 'available' | 'itemId' | 'optionId'>>;
  setStock?: Resolver<ResolversTypes['StockResult'], ParentType, ContextType, RequireFields<MutationSetStockArgs, 'input' | 'storeId'>>;
  submitReview?: Resolver<ResolversTypes['SubmitReviewResult'], ParentType, ContextType, RequireFields<MutationSubmitReviewArgs, 'input'>>;
  updateMenu?: Resolver<ResolversTypes['MenuResult'], ParentType, ContextType, RequireFields<MutationUpdateMenuArgs, 'input' | 'menuId'>>;
  updateMenuCategory?: Resolver<ResolversTypes['MenuResult'], ParentType, ContextType, RequireFields<MutationUpdateMenuCategoryArgs, 'categoryId' | 'input' | 'menuId'>>;
  updateMenuItem?: Resolver<ResolversTypes['MenuItemResult'], ParentType, ContextType, RequireFields<MutationUpdateMenuItemArgs, 'input' | 'itemId'>>;
  updateProduct?: Resolver<ResolversTypes['UpdateProductResult'], ParentType, ContextType, RequireFields<MutationUpdateProductArgs, 'input' | 'productId'>>;
  updatePromotion?: Resolver<ResolversTypes['PromotionResult'], ParentType, ContextType, RequireFields<MutationUpdatePromotionArgs, 'input' | 'promotionId'>>;
  updateStore?: Resolver<ResolversTypes['UpdateStoreResult'], ParentType, ContextType, RequireFields<MutationUpdateStoreArgs, 'input' | 'storeId'>>;
}>;

export type OpeningHoursResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['OpeningHours'] = ResolversParentTypes['OpeningHours']> = ResolversObject<{
  exceptions?: Resolver<Array<ResolversTypes['OpeningHoursException']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekly?: Resolver<Array<ResolversTypes['WeeklyInterval']>, ParentType, ContextType>;
}>;

export type OpeningHoursExceptionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['OpeningHoursException'] = ResolversParentTypes['OpeningHoursException']> = ResolversObject<{
  closed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  intervals?: Resolver<Array<ResolversTypes['TimeRange']>, ParentType, ContextType>;
}>;

export type OpeningHoursProblemResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['OpeningHoursProblem'] = ResolversParentTypes['OpeningHoursProblem']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OrderNotReviewableResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['OrderNotReviewable'] = ResolversParentTypes['OrderNotReviewable']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stores?: Resolver<ResolversTypes['StoreConnection'], ParentType, ContextType, RequireFields<OrganizationStoresArgs, 'first'>>;
}>;

export type PageInfoResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PageTooLargeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PageTooLarge'] = ResolversParentTypes['PageTooLarge']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxPageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PriceBucketResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PriceBucket'] = ResolversParentTypes['PriceBucket']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PricedMenuLineResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PricedMenuLine'] = ResolversParentTypes['PricedMenuLine']> = ResolversObject<{
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  brand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dietaryTags?: Resolver<Array<ResolversTypes['DietaryTag']>, ParentType, ContextType>;
  expiresOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageUrls?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  inStock?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inventory?: Resolver<Maybe<ResolversTypes['Inventory']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  nearExpiry?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  perishable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Rating'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  store?: Resolver<ResolversTypes['Store'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['UnitOfMeasure'], ParentType, ContextType>;
  unitSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ProductConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ProductEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
}>;

export type ProductErrorResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductError'] = ResolversParentTypes['ProductError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'BelowMinimumOrder' | 'CouponCodeTaken' | 'CouponRejected' | 'InsufficientStock' | 'InvalidMenuSelection' | 'InvalidProductInput' | 'ReservationKeyReused' | 'SkuTaken' | 'StockBelowReserved' | 'UnknownSkus', ParentType, ContextType>;
}>;

export type ProductInputProblemResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductInputProblem'] = ResolversParentTypes['ProductInputProblem']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProductPayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductPayload'] = ResolversParentTypes['ProductPayload']> = ResolversObject<{
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PromotionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Promotion'] = ResolversParentTypes['Promotion']> = ResolversObject<{
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  couponCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  globalLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minimumOrder?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  needsCoupon?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  perCustomerLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  redemptions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['PromotionRuleKind'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['PromotionTargetKind'], ParentType, ContextType>;
}>;

export type PromotionPayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PromotionPayload'] = ResolversParentTypes['PromotionPayload']> = ResolversObject<{
  promotion?: Resolver<ResolversTypes['Promotion'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PromotionResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PromotionResult'] = ResolversParentTypes['PromotionResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CouponCodeTaken' | 'InvalidProductInput' | 'PromotionPayload', ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  menuItem?: Resolver<Maybe<ResolversTypes['MenuItem']>, ParentType, ContextType, RequireFields<QueryMenuItemArgs, 'id'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  productBySku?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductBySkuArgs, 'sku' | 'storeId'>>;
  quoteBasket?: Resolver<ResolversTypes['QuoteBasketResult'], ParentType, ContextType, RequireFields<QueryQuoteBasketArgs, 'lines' | 'storeId'>>;
  search?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'input'>>;
  store?: Resolver<Maybe<ResolversTypes['Store']>, ParentType, ContextType, RequireFields<QueryStoreArgs, 'id'>>;
  stores?: Resolver<ResolversTypes['StoreConnection'], ParentType, ContextType, RequireFields<QueryStoresArgs, 'first'>>;
  validateMenuSelection?: Resolver<ResolversTypes['MenuSelectionCheck'], ParentType, ContextType, RequireFields<QueryValidateMenuSelectionArgs, 'lines' | 'storeId'>>;
}>;

export type QuoteBasketResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['QuoteBasketResult'] = ResolversParentTypes['QuoteBasketResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'BasketQuote' | 'BelowMinimumOrder' | 'CouponRejected' | 'InvalidMenuSelection' | 'InvalidProductInput' | 'UnknownSkus', ParentType, ContextType>;
}>;

export type QuotedLineResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['QuotedLine'] = ResolversParentTypes['QuotedLine']> = ResolversObject<{
  discount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  itemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BasketLineKind'], ParentType, ContextType>;
  lineId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  promotionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type RatingResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Rating'] = ResolversParentTypes['Rating']> = ResolversObject<{
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  histogram?: Resolver<Array<ResolversTypes['RatingBucket']>, ParentType, ContextType>;
}>;

export type RatingBucketResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['RatingBucket'] = ResolversParentTypes['RatingBucket']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stars?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReservationKeyReusedResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ReservationKeyReused'] = ResolversParentTypes['ReservationKeyReused']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reservationKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReserveStockResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ReserveStockResult'] = ResolversParentTypes['ReserveStockResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InsufficientStock' | 'InvalidProductInput' | 'ReservationKeyReused' | 'StockReservation' | 'UnknownSkus', ParentType, ContextType>;
}>;

export type ReservedLineResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ReservedLine'] = ResolversParentTypes['ReservedLine']> = ResolversObject<{
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReviewResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Review'] = ResolversParentTypes['Review']> = ResolversObject<{
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemRatings?: Resolver<Array<ResolversTypes['ItemRating']>, ParentType, ContextType>;
  moderation?: Resolver<Maybe<ResolversTypes['ReviewModeration']>, ParentType, ContextType>;
  store?: Resolver<ResolversTypes['Store'], ParentType, ContextType>;
  storeRating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReviewConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ReviewConnection'] = ResolversParentTypes['ReviewConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReviewEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ReviewEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ReviewEdge'] = ResolversParentTypes['ReviewEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Review'], ParentType, ContextType>;
}>;

export type ReviewErrorResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ReviewError'] = ResolversParentTypes['ReviewError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AlreadyReviewed' | 'InvalidReviewInput' | 'OrderNotReviewable', ParentType, ContextType>;
}>;

export type ReviewModerationResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ReviewModeration'] = ResolversParentTypes['ReviewModeration']> = ResolversObject<{
  hiddenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  hiddenBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SearchErrorResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SearchError'] = ResolversParentTypes['SearchError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidCoordinates' | 'InvalidPriceRange' | 'InvalidSearchInput' | 'PageTooLarge' | 'UnsupportedSort', ParentType, ContextType>;
}>;

export type SearchFacetsResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SearchFacets'] = ResolversParentTypes['SearchFacets']> = ResolversObject<{
  brands?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  dietaryTags?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  prices?: Resolver<Array<ResolversTypes['PriceBucket']>, ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distanceMeters?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['SearchItem'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  store?: Resolver<Maybe<ResolversTypes['Store']>, ParentType, ContextType>;
}>;

export type SearchItemResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SearchItem'] = ResolversParentTypes['SearchItem']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  brand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  dietaryTags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  expiresOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchItemKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  perishable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  ratingAverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ratingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SearchResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidCoordinates' | 'InvalidPriceRange' | 'InvalidSearchInput' | 'PageTooLarge' | 'SearchResults' | 'UnsupportedSort', ParentType, ContextType>;
}>;

export type SearchResultsResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SearchResults'] = ResolversParentTypes['SearchResults']> = ResolversObject<{
  facets?: Resolver<ResolversTypes['SearchFacets'], ParentType, ContextType>;
  hits?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SelectionProblemResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SelectionProblem'] = ResolversParentTypes['SelectionProblem']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  groupId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  optionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type SkuTakenResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SkuTaken'] = ResolversParentTypes['SkuTaken']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StockBelowReservedResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['StockBelowReserved'] = ResolversParentTypes['StockBelowReserved']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StockReservationResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['StockReservation'] = ResolversParentTypes['StockReservation']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ReservedLine']>, ParentType, ContextType>;
  reservationKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReservationStatus'], ParentType, ContextType>;
  storeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StockResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['StockResult'] = ResolversParentTypes['StockResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InsufficientStock' | 'InvalidProductInput' | 'InventoryPayload' | 'StockBelowReserved' | 'UnknownSkus', ParentType, ContextType>;
}>;

export type StockShortageResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['StockShortage'] = ResolversParentTypes['StockShortage']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StoreResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Store'] = ResolversParentTypes['Store'], FederationReferenceType extends FederationReferenceTypes['Store'] = FederationReferenceTypes['Store']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Store']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['Address'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cuisines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliversTo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<StoreDeliversToArgs, 'lat' | 'lng'>>;
  deliveryArea?: Resolver<ResolversTypes['DeliveryArea'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<StoreIsOpenArgs, 'at'>>;
  kind?: Resolver<ResolversTypes['StoreKind'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  menus?: Resolver<Array<ResolversTypes['Menu']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openNow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openingHours?: Resolver<ResolversTypes['OpeningHours'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  prepTimeMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<StoreProductsArgs, 'first'>>;
  promotions?: Resolver<Array<ResolversTypes['Promotion']>, ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Rating'], ParentType, ContextType>;
  reviews?: Resolver<ResolversTypes['ReviewConnection'], ParentType, ContextType, RequireFields<StoreReviewsArgs, 'first'>>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  temporarilyClosed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type StoreConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['StoreConnection'] = ResolversParentTypes['StoreConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StoreEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type StoreEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['StoreEdge'] = ResolversParentTypes['StoreEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Store'], ParentType, ContextType>;
}>;

export type StorePayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['StorePayload'] = ResolversParentTypes['StorePayload']> = ResolversObject<{
  store?: Resolver<ResolversTypes['Store'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SubmitReviewResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SubmitReviewResult'] = ResolversParentTypes['SubmitReviewResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AlreadyReviewed' | 'InvalidReviewInput' | 'OrderNotReviewable' | 'Review', ParentType, ContextType>;
}>;

export type TimeRangeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['TimeRange'] = ResolversParentTypes['TimeRange']> = ResolversObject<{
  close?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UnknownSkusResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['UnknownSkus'] = ResolversParentTypes['UnknownSkus']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  skus?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UnsupportedSortResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['UnsupportedSort'] = ResolversParentTypes['UnsupportedSort']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sort?: Resolver<ResolversTypes['SearchSort'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UpdateProductResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['UpdateProductResult'] = ResolversParentTypes['UpdateProductResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidProductInput' | 'ProductPayload', ParentType, ContextType>;
}>;

export type UpdateStoreResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['UpdateStoreResult'] = ResolversParentTypes['UpdateStoreResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidCatalogInput' | 'InvalidOpeningHours' | 'StorePayload', ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WeeklyIntervalResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['WeeklyInterval'] = ResolversParentTypes['WeeklyInterval']> = ResolversObject<{
  close?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CatalogContext> = ResolversObject<{
  Address?: AddressResolvers<ContextType>;
  AlreadyReviewed?: AlreadyReviewedResolvers<ContextType>;
  AppliedDiscount?: AppliedDiscountResolvers<ContextType>;
  BasketQuote?: BasketQuoteResolvers<ContextType>;
  BelowMinimumOrder?: BelowMinimumOrderResolvers<ContextType>;
  CatalogError?: CatalogErrorResolvers<ContextType>;
  CouponCodeTaken?: CouponCodeTakenResolvers<ContextType>;
  CouponRejected?: CouponRejectedResolvers<ContextType>;
  CreateProductResult?: CreateProductResultResolvers<ContextType>;
  CreateStoreResult?: CreateStoreResultResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeliveryArea?: DeliveryAreaResolvers<ContextType>;
  FacetCount?: FacetCountResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  InsufficientStock?: InsufficientStockResolvers<ContextType>;
  InvalidCatalogInput?: InvalidCatalogInputResolvers<ContextType>;
  InvalidCoordinates?: InvalidCoordinatesResolvers<ContextType>;
  InvalidMenuPrice?: InvalidMenuPriceResolvers<ContextType>;
  InvalidMenuSelection?: InvalidMenuSelectionResolvers<ContextType>;
  InvalidOpeningHours?: InvalidOpeningHoursResolvers<ContextType>;
  InvalidPriceRange?: InvalidPriceRangeResolvers<ContextType>;
  InvalidProductInput?: InvalidProductInputResolvers<ContextType>;
  InvalidReviewInput?: InvalidReviewInputResolvers<ContextType>;
  InvalidSearchInput?: InvalidSearchInputResolvers<ContextType>;
  InvalidSelection?: InvalidSelectionResolvers<ContextType>;
  Inventory?: InventoryResolvers<ContextType>;
  InventoryPayload?: InventoryPayloadResolvers<ContextType>;
  ItemRating?: ItemRatingResolvers<ContextType>;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  Menu?: MenuResolvers<ContextType>;
  MenuCategory?: MenuCategoryResolvers<ContextType>;
  MenuDeletion?: MenuDeletionResolvers<ContextType>;
  MenuDeletionResult?: MenuDeletionResultResolvers<ContextType>;
  MenuItem?: MenuItemResolvers<ContextType>;
  MenuItemPayload?: MenuItemPayloadResolvers<ContextType>;
  MenuItemResult?: MenuItemResultResolvers<ContextType>;
  MenuPayload?: MenuPayloadResolvers<ContextType>;
  MenuResult?: MenuResultResolvers<ContextType>;
  MenuSelectionCheck?: MenuSelectionCheckResolvers<ContextType>;
  MenuSelectionLineResult?: MenuSelectionLineResultResolvers<ContextType>;
  ModifierGroup?: ModifierGroupResolvers<ContextType>;
  ModifierOption?: ModifierOptionResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OpeningHours?: OpeningHoursResolvers<ContextType>;
  OpeningHoursException?: OpeningHoursExceptionResolvers<ContextType>;
  OpeningHoursProblem?: OpeningHoursProblemResolvers<ContextType>;
  OrderNotReviewable?: OrderNotReviewableResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PageTooLarge?: PageTooLargeResolvers<ContextType>;
  PriceBucket?: PriceBucketResolvers<ContextType>;
  PricedMenuLine?: PricedMenuLineResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductError?: ProductErrorResolvers<ContextType>;
  ProductInputProblem?: ProductInputProblemResolvers<ContextType>;
  ProductPayload?: ProductPayloadResolvers<ContextType>;
  Promotion?: PromotionResolvers<ContextType>;
  PromotionPayload?: PromotionPayloadResolvers<ContextType>;
  PromotionResult?: PromotionResultResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuoteBasketResult?: QuoteBasketResultResolvers<ContextType>;
  QuotedLine?: QuotedLineResolvers<ContextType>;
  Rating?: RatingResolvers<ContextType>;
  RatingBucket?: RatingBucketResolvers<ContextType>;
  ReservationKeyReused?: ReservationKeyReusedResolvers<ContextType>;
  ReserveStockResult?: ReserveStockResultResolvers<ContextType>;
  ReservedLine?: ReservedLineResolvers<ContextType>;
  Review?: ReviewResolvers<ContextType>;
  ReviewConnection?: ReviewConnectionResolvers<ContextType>;
  ReviewEdge?: ReviewEdgeResolvers<ContextType>;
  ReviewError?: ReviewErrorResolvers<ContextType>;
  ReviewModeration?: ReviewModerationResolvers<ContextType>;
  SearchError?: SearchErrorResolvers<ContextType>;
  SearchFacets?: SearchFacetsResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchItem?: SearchItemResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SearchResults?: SearchResultsResolvers<ContextType>;
  SelectionProblem?: SelectionProblemResolvers<ContextType>;
  SkuTaken?: SkuTakenResolvers<ContextType>;
  StockBelowReserved?: StockBelowReservedResolvers<ContextType>;
  StockReservation?: StockReservationResolvers<ContextType>;
  StockResult?: StockResultResolvers<ContextType>;
  StockShortage?: StockShortageResolvers<ContextType>;
  Store?: StoreResolvers<ContextType>;
  StoreConnection?: StoreConnectionResolvers<ContextType>;
  StoreEdge?: StoreEdgeResolvers<ContextType>;
  StorePayload?: StorePayloadResolvers<ContextType>;
  SubmitReviewResult?: SubmitReviewResultResolvers<ContextType>;
  TimeRange?: TimeRangeResolvers<ContextType>;
  UnknownSkus?: UnknownSkusResolvers<ContextType>;
  UnsupportedSort?: UnsupportedSortResolvers<ContextType>;
  UpdateProductResult?: UpdateProductResultResolvers<ContextType>;
  UpdateStoreResult?: UpdateStoreResultResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WeeklyInterval?: WeeklyIntervalResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = CatalogContext> = ResolversObject<{
  access?: AccessDirectiveResolver<any, any, ContextType>;
}>;
