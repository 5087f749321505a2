import { DEMO_USER_IDS } from '@dabba/subgraph-kit';
import type { NewUser } from './domain/user';
import type { UsersServices } from './services';

/** Fixed ids and timestamps: seeding twice leaves the same data. */
export const DEMO_USERS: readonly NewUser[] = [
  {
    id: DEMO_USER_IDS.customer,
    displayName: 'Lan Nguyen',
    email: 'lan.customer@demo.dabba.dev',
    locale: 'VI',
    createdAt: new Date('2026-01-05T08:00:00.000Z'),
  },
  {
    id: DEMO_USER_IDS.partner,
    displayName: 'Minh Tran',
    email: 'minh.partner@demo.dabba.dev',
    locale: 'VI',
    createdAt: new Date('2026-01-02T08:00:00.000Z'),
  },
  {
    id: DEMO_USER_IDS.partnerGrocer,
    displayName: 'Priya Sharma',
    email: 'priya.partner@demo.dabba.dev',
    locale: 'EN',
    createdAt: new Date('2026-01-03T08:00:00.000Z'),
  },
  {
    id: DEMO_USER_IDS.driver,
    displayName: 'Tuan Le',
    email: 'tuan.driver@demo.dabba.dev',
    locale: 'VI',
    createdAt: new Date('2026-01-04T08:00:00.000Z'),
  },
  {
    id: DEMO_USER_IDS.support,
    displayName: 'Hoa Pham',
    email: 'hoa.support@demo.dabba.dev',
    locale: 'EN',
    createdAt: new Date('2026-01-01T09:00:00.000Z'),
  },
  {
    id: DEMO_USER_IDS.admin,
    displayName: 'Quang Vo',
    email: 'quang.admin@demo.dabba.dev',
    locale: 'EN',
    createdAt: new Date('2026-01-01T08:00:00.000Z'),
  },
];

export async function seedDemoUsers(services: UsersServices): Promise<void> {
  for (const user of DEMO_USERS) await services.saveUser(user);
}
