/**
 * The federated query of the demo data and its exact answer: stores and their kinds come from
 * catalog, each owner's displayName from users, and the owner's stores from catalog again.
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
          owner {
            id
            displayName
            stores {
              name
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

const MINH = {
  id: 'usr_demo_partner_minh',
  displayName: 'Minh Tran',
  stores: [{ name: 'Phở Bắc 1955' }, { name: 'Bánh Mì Corner' }],
};

const PRIYA = {
  id: 'usr_demo_partner_priya',
  displayName: 'Priya Sharma',
  stores: [{ name: 'FreshMart Thảo Điền' }, { name: 'Spice Bazaar Indiranagar' }],
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
            owner: MINH,
          },
        },
        {
          node: {
            id: 'sto_demo_fresh_mart',
            name: 'FreshMart Thảo Điền',
            kind: 'GROCERY',
            currency: 'VND',
            owner: PRIYA,
          },
        },
        {
          node: {
            id: 'sto_demo_banh_mi_corner',
            name: 'Bánh Mì Corner',
            kind: 'RESTAURANT',
            currency: 'VND',
            owner: MINH,
          },
        },
        {
          node: {
            id: 'sto_demo_spice_bazaar',
            name: 'Spice Bazaar Indiranagar',
            kind: 'GROCERY',
            currency: 'INR',
            owner: PRIYA,
          },
        },
      ],
      pageInfo: { hasNextPage: false },
    },
  },
};
