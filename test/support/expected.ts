/**
 * The federated query of the demo data and its exact answer: stores and their kinds come from
 * catalog, each store's organisation is an entity the users subgraph resolves (its name), and
 * the organisation's stores come from catalog again through that reference.
 */
export const FEDERATED_STORES_QUERY = /* GraphQL */ `
  {
    stores(first: 5) {
      edges {
        node {
          id
          name
          kind
          currency
          organization {
            id
            name
            stores {
              edges {
                node {
                  name
                }
              }
            }
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`;

const storesNamed = (...names: string[]) => ({
  edges: names.map((name) => ({ node: { name } })),
});

const MINH = {
  id: 'org_demo_minh_kitchens',
  name: 'Minh Kitchens',
  stores: storesNamed('Phở Bắc 1955', 'Bánh Mì Corner'),
};

const PRIYA = {
  id: 'org_demo_priya_grocers',
  name: 'Priya Grocers',
  stores: storesNamed('FreshMart Thảo Điền', 'Spice Bazaar Indiranagar'),
};
export const FEDERATED_STORES_RESULT = {
  data: {
    stores: {
      edges: [
        {
          node: {
            id: 'sto_demo_pho_bac',
            name: 'Phở Bắc 1955',
            kind: 'RESTAURANT',
            currency: 'VND',
            organization: MINH,
          },
        },
        {
          node: {
            id: 'sto_demo_fresh_mart',
            name: 'FreshMart Thảo Điền',
            kind: 'GROCERY',
            currency: 'VND',
            organization: PRIYA,
          },
        },
        {
          node: {
            id: 'sto_demo_banh_mi_corner',
            name: 'Bánh Mì Corner',
            kind: 'RESTAURANT',
            currency: 'VND',
            organization: MINH,
          },
        },
        {
          node: {
            id: 'sto_demo_spice_bazaar',
            name: 'Spice Bazaar Indiranagar',
            kind: 'GROCERY',
            currency: 'INR',
            organization: PRIYA,
          },
        },
      ],
      pageInfo: { hasNextPage: false },
    },
  },
};
