import { connect } from 'node:net';
import { closeMongo, connectMongo, disconnectMongo, pingMongo } from './mongo';

function portAcceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

afterAll(() => closeMongo());

describe('connectMongo without MONGODB_URL', () => {
  it('shares one embedded engine, one database per subgraph, and stops it with the last connection', async () => {
    const users = await connectMongo({ dbName: 'dabba_mongo_test_users' });
    const catalog = await connectMongo({ dbName: 'dabba_mongo_test_catalog' });
    expect(catalog.port).toBe(users.port);
    expect([users.name, catalog.name]).toEqual([
      'dabba_mongo_test_users',
      'dabba_mongo_test_catalog',
    ]);

    await users.collection('things').insertOne({ _id: 'x' } as never);
    expect(await catalog.collection('things').countDocuments()).toBe(0);
    await pingMongo(catalog);

    await disconnectMongo(users);
    expect(await portAcceptsConnections(catalog.port)).toBe(true);
    await expect(pingMongo(users)).rejects.toThrow('MongoDB connection is disconnected');

    await disconnectMongo(catalog);
    expect(await portAcceptsConnections(catalog.port)).toBe(false);
  });

  it('closes everything with closeMongo', async () => {
    const db = await connectMongo({ dbName: 'dabba_mongo_test_close' });
    await closeMongo();
    expect(await portAcceptsConnections(db.port)).toBe(false);
  });
});
