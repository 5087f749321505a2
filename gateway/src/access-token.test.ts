import { UnauthenticatedError } from '@dabba/subgraph-kit';
import { accessTokenVerifier, importAccessTokenKey } from './access-token';
import { generateAccessTokenKeys, mintAccessToken } from './testing';

describe('accessTokenVerifier', () => {
  const keys = generateAccessTokenKeys();

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('remembers a verified token only until it expires', async () => {
    const verify = accessTokenVerifier(await importAccessTokenKey(keys.publicKey));
    const token = await mintAccessToken(keys.privateKey, 'usr_1', { ttlSeconds: 60 });
    const caller = await verify(token);

    expect(await verify(token)).toBe(caller);
    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 120_000);
    await expect(verify(token)).rejects.toEqual(new UnauthenticatedError('Access token expired'));
  });

  it('refuses every token without a key', async () => {
    const token = await mintAccessToken(keys.privateKey, 'usr_1');

    await expect(accessTokenVerifier(undefined)(token)).rejects.toEqual(
      new UnauthenticatedError('Invalid access token'),
    );
  });
});
