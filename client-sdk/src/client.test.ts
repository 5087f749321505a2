import { StoreDocument, StoresDocument } from './__generated__/graphql';
import { TransportError, createClient } from './client';

function fakeFetch(status: number, body: string) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return new Response(body, { status, headers: { 'content-type': 'application/json' } });
  };
  return { calls, fetch: fetchImpl as typeof fetch };
}

describe('createClient', () => {
  it('posts the printed document with its operation name and variables', async () => {
    const fake = fakeFetch(200, JSON.stringify({ data: { store: null } }));
    const client = createClient({
      url: 'http://gateway.test/graphql',
      fetch: fake.fetch,
      headers: { authorization: 'Bearer t' },
    });

    const result = await client.execute(StoreDocument, { id: 'store-1' });

    expect(result).toEqual({ data: { store: null } });
    expect(fake.calls).toHaveLength(1);
    const [call] = fake.calls;
    expect(call?.url).toBe('http://gateway.test/graphql');
    expect(call?.init.headers).toMatchObject({
      authorization: 'Bearer t',
      'content-type': 'application/json',
    });
    const sent = JSON.parse(String(call?.init.body));
    expect(sent).toEqual({
      query: expect.stringContaining('query Store($id: ID!)'),
      operationName: 'Store',
      variables: { id: 'store-1' },
    });
  });

  it('returns GraphQL errors of a rejected request as data', async () => {
    const errors = [{ message: 'Bad', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }];
    const client = createClient({
      url: 'http://gateway.test/graphql',
      fetch: fakeFetch(400, JSON.stringify({ errors })).fetch,
    });

    await expect(client.execute(StoresDocument, { first: 1 })).resolves.toEqual({
      data: null,
      errors,
    });
  });

  it('throws a TransportError when the answer is not a GraphQL response', async () => {
    const client = createClient({
      url: 'http://gateway.test/graphql',
      fetch: fakeFetch(502, '<html>Bad gateway</html>').fetch,
    });

    const failure = client.execute(StoresDocument, { first: 1 });

    await expect(failure).rejects.toBeInstanceOf(TransportError);
    await expect(failure).rejects.toMatchObject({ status: 502 });
  });
});
