/**
 * The access token contract between the users subgraph, which issues the tokens, and the
 * gateway, which verifies them: an EdDSA (Ed25519) JWT from `dabba.users` for `dabba.gateway`.
 */
export const ACCESS_TOKEN_ISSUER = 'dabba.users';
export const ACCESS_TOKEN_AUDIENCE = 'dabba.gateway';
export const ACCESS_TOKEN_ALGORITHM = 'EdDSA';
/** How long an access token lives: the longest any revocation of it must be remembered. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
/** A revocation is kept this long: by then every token it refuses has expired (with skew). */
export const TOKEN_REVOCATION_KEEP_SECONDS = ACCESS_TOKEN_TTL_SECONDS + 5 * 60;
/** The users subgraph's internal route where the gateway reads revoked access tokens. */
export const TOKEN_REVOCATIONS_PATH = '/internal/token-revocations';
