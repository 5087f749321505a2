import { DEMO_ORGANIZATION_IDS, DEMO_USER_IDS } from '@dabba/subgraph-kit';
import type { NewUser } from './domain/user';
import type { UsersServices } from './services';
import { seedDemoProfiles } from './services/profile-seed';
import type { DemoOrganization } from './services/organization-seed';

/** Every demo user logs in with their email and this password (never in production data). */
export const DEMO_PASSWORD = 'dabba-demo-password';

/** Fixed ids and timestamps: seeding twice leaves the same data. */
export const DEMO_USERS: readonly NewUser[] = [
  {
    id: DEMO_USER_IDS.customer,
    displayName: 'Lan Nguyen',
    email: 'lan.customer@demo.dabba.dev',
    roles: ['CUSTOMER'],
    locale: 'VI',
    createdAt: new Date('2026-01-05T08:00:00.000Z'),
  },
  {
    id: DEMO_USER_IDS.partner,
    displayName: 'Minh Tran',
    email: 'minh.partner@demo.dabba.dev',
    roles: ['PARTNER'],
    locale: 'VI',
    createdAt: new Date('2026-01-02T08:00:00.000Z'),
  },
  {
    id: DEMO_USER_IDS.partnerGrocer,
    displayName: 'Priya Sharma',
    email: 'priya.partner@demo.dabba.dev',
    roles: ['PARTNER'],
    locale: 'EN',
    createdAt: new Date('2026-01-03T08:00:00.000Z'),
  },
  {
    id: DEMO_USER_IDS.driver,
    displayName: 'Tuan Le',
    email: 'tuan.driver@demo.dabba.dev',
    roles: ['DRIVER'],
    locale: 'VI',
    createdAt: new Date('2026-01-04T08:00:00.000Z'),
  },
  {
    id: DEMO_USER_IDS.support,
    displayName: 'Hoa Pham',
    email: 'hoa.support@demo.dabba.dev',
    roles: ['SUPPORT'],
    locale: 'EN',
    createdAt: new Date('2026-01-01T09:00:00.000Z'),
  },
  {
    id: DEMO_USER_IDS.admin,
    displayName: 'Quang Vo',
    email: 'quang.admin@demo.dabba.dev',
    roles: ['ADMIN'],
    locale: 'EN',
    createdAt: new Date('2026-01-01T08:00:00.000Z'),
  },
];

/** Minh owns the restaurants' organisation, Priya the grocers'. */
export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  {
    id: DEMO_ORGANIZATION_IDS.minhKitchens,
    name: 'Minh Kitchens',
    createdAt: new Date('2026-01-02T09:00:00.000Z'),
    members: [{ userId: DEMO_USER_IDS.partner, role: 'OWNER' }],
  },
  {
    id: DEMO_ORGANIZATION_IDS.priyaGrocers,
    name: 'Priya Grocers',
    createdAt: new Date('2026-01-03T09:00:00.000Z'),
    members: [{ userId: DEMO_USER_IDS.partnerGrocer, role: 'OWNER' }],
  },
];

export async function seedDemoUsers(services: UsersServices): Promise<void> {
  const passwordHash = await services.hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) await services.saveUser(user, { passwordHash });
  for (const organization of DEMO_ORGANIZATIONS) await services.seedOrganization(organization);
  await seedDemoProfiles(services);
}
