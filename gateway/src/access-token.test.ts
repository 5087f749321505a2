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

  it('refuses a token of an ended session, or issued before its user changed, remembered or not', async () => {
    const now = Math.floor(Date.now() / 1000);
    const endedSessions = new Set<string>();
    const userChangedAt = new Map<string, number>();
    const verify = accessTokenVerifier(await importAccessTokenKey(keys.publicKey), {
      revoked: {
        isRevoked: (userId, sessionId, issuedAt) =>
          endedSessions.has(sessionId) || issuedAt < (userChangedAt.get(userId) ?? -Infinity),
      },
    });
    const older = await mintAccessToken(keys.privateKey, 'usr_1', { issuedAt: now - 60 });
    const newer = await mintAccessToken(keys.privateKey, 'usr_1', { issuedAt: now });
    const other = await mintAccessToken(keys.privateKey, 'usr_2', { sessionId: 'ses_gone' });
    await verify(older);
    await verify(other);

    userChangedAt.set('usr_1', now);
    endedSessions.add('ses_gone');
    const revoked = new UnauthenticatedError('Access token revoked: refresh the session');
    await expect(verify(older)).rejects.toEqual(revoked);
    await expect(verify(other)).rejects.toEqual(revoked);
    expect((await verify(newer)).userId).toBe('usr_1');
  });

  it('refuses every token without a key', async () => {
    const token = await mintAccessToken(keys.privateKey, 'usr_1');

    await expect(accessTokenVerifier(undefined)(token)).rejects.toEqual(
      new UnauthenticatedError('Invalid access token'),
    );
  });
});
