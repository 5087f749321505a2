/**
 * Fixed ids of the demo data, shared by every subgraph's seed so that references across
 * subgraphs (a store's owner, an order's customer) line up, and by tests that query them.
 */
export const DEMO_USER_IDS = {
  customer: 'usr_demo_customer_lan',
  partner: 'usr_demo_partner_minh',
  partnerGrocer: 'usr_demo_partner_priya',
  driver: 'usr_demo_driver_tuan',
  support: 'usr_demo_support_hoa',
  admin: 'usr_demo_admin_quang',
} as const;

export const DEMO_STORE_IDS = {
  phoBac: 'sto_demo_pho_bac',
  banhMiCorner: 'sto_demo_banh_mi_corner',
  freshMart: 'sto_demo_fresh_mart',
  spiceBazaar: 'sto_demo_spice_bazaar',
} as const;

/** Partner organisations: Minh owns the restaurants, Priya the grocery stores. */
export const DEMO_ORGANIZATION_IDS = {
  minhKitchens: 'org_demo_minh_kitchens',
  priyaGrocers: 'org_demo_priya_grocers',
} as const;
