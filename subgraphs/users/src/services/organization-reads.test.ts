import { closeMongo, connectMongo } from '@dabba/subgraph-kit';
import type { Connection } from 'mongoose';
import { openUsersPersistence, type UsersPersistence } from '../persistence';
import { organizationModel } from '../persistence/organization-model';
import { makeOrganizationReads } from './organization-reads';

let db: Connection;
let persistence: UsersPersistence;

const organization = (id: string, name: string) => ({
  id,
  name,
  createdBy: 'usr_minh',
  createdAt: new Date('2026-04-01T12:00:00.000Z'),
});

beforeAll(async () => {
  db = await connectMongo({ dbName: 'users_organization_reads_test' });
  persistence = await openUsersPersistence(db);
});

afterAll(async () => {
  await db.dropDatabase();
  await closeMongo();
});

describe('getOrganizationsByIds', () => {
  it('reads an organisation from the database once, and one it did not find again', async () => {
    await persistence.organizations.upsert(organization('org_kept', 'Minh Kitchens'), 1);
    const reads = makeOrganizationReads(persistence);
    const find = jest.spyOn(persistence.organizations, 'findByIds');

    expect(await reads.getOrganizationsByIds(['org_kept', 'org_later'])).toEqual([
      organization('org_kept', 'Minh Kitchens'),
    ]);
    // Written behind its back: what it found stays, what it did not is looked up again.
    await organizationModel(db).updateOne({ _id: 'org_kept' }, { name: 'Changed' });
    await persistence.organizations.upsert(organization('org_later', 'Priya Grocers'), 1);
    const again = await reads.getOrganizationsByIds(['org_later', 'org_kept']);

    expect(again).toEqual(
      expect.arrayContaining([
        organization('org_kept', 'Minh Kitchens'),
        organization('org_later', 'Priya Grocers'),
      ]),
    );
    expect(again).toHaveLength(2);
    expect(find.mock.calls).toEqual([[['org_kept', 'org_later']], [['org_later']]]);
    expect(await reads.getOrganizationsByIds([])).toEqual([]);
    expect(find).toHaveBeenCalledTimes(2);
  });

  it('gives each reader its own copy of a kept organisation', async () => {
    await persistence.organizations.upsert(organization('org_copied', 'Minh Kitchens'), 1);
    const reads = makeOrganizationReads(persistence);
    const [first] = await reads.getOrganizationsByIds(['org_copied']);
    first!.name = 'Marked by a reader';
    const [second] = await reads.getOrganizationsByIds(['org_copied']);
    second!.name = 'Marked by another';

    expect(await reads.getOrganizationsByIds(['org_copied'])).toEqual([
      organization('org_copied', 'Minh Kitchens'),
    ]);
  });
});
