import { buildSchema, parse } from 'graphql';
import { shapeCarriedPayload } from './carried';

const schema = buildSchema(`
  type Query { driver(id: ID!): Driver }
  type Subscription { driverMoved(driverId: ID!): Driver! }
  type Driver { id: ID! location: Location! name: String! }
  type Location { lat: Float! lng: Float! heading: Int }
`);

describe('shapeCarriedPayload', () => {
  it("gives the subscriber its own selection of the event's payload, aliases included", async () => {
    const document = parse(`
      subscription ($id: ID!) { moved: driverMoved(driverId: $id) { id at: location { lat lng } } }
    `);

    const result = await shapeCarriedPayload({
      schema,
      document,
      operationName: undefined,
      variables: { id: 'drv_1' },
      field: 'driverMoved',
      payload: { id: 'drv_1', location: { lat: 10.77, lng: 106.7, heading: 90 }, secret: 'x' },
    });

    expect(result).toEqual({ data: { moved: { id: 'drv_1', at: { lat: 10.77, lng: 106.7 } } } });
  });

  it('answers an error for a selected field the event does not carry', async () => {
    const result = await shapeCarriedPayload({
      schema,
      document: parse('subscription { driverMoved(driverId: "d") { id name } }'),
      operationName: undefined,
      variables: {},
      field: 'driverMoved',
      payload: { id: 'd', location: { lat: 1, lng: 2 } },
    });

    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.message).toBe(
      'Cannot return null for non-nullable field Driver.name.',
    );
  });
});
