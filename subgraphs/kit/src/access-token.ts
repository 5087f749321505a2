/**
 * The access token contract between the users subgraph, which issues the tokens, and the
 * gateway, which verifies them: an EdDSA (Ed25519) JWT from `dabba.users` for `dabba.gateway`.
 */
export const ACCESS_TOKEN_ISSUER = 'dabba.users';
export const ACCESS_TOKEN_AUDIENCE = 'dabba.gateway';
export const ACCESS_TOKEN_ALGORITHM = 'EdDSA';
