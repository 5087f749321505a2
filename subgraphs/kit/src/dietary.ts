/**
 * Dietary tags: one vocabulary for what the catalog says of a dish or product and what a
 * customer says they need (the users subgraph's dietary preferences), so one can filter by the
 * other.
 */
export const DIETARY_TAGS = [
  'VEGETARIAN',
  'VEGAN',
  'HALAL',
  'KOSHER',
  'GLUTEN_FREE',
  'DAIRY_FREE',
  'NUT_FREE',
] as const;
export type DietaryTag = (typeof DIETARY_TAGS)[number];
