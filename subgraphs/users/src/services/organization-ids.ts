import { randomBytes, randomUUID } from 'node:crypto';

export const newOrganizationId = (): string => `org_${randomUUID()}`;
export const newMembershipId = (): string => `mem_${randomUUID()}`;
export const newInvitationId = (): string => `inv_${randomUUID()}`;
/** 32 random bytes in base64url: only the invitation message carries it. */
export const newInvitationToken = (): string => randomBytes(32).toString('base64url');
/** `key_` and 12 random bytes in hex: public (listed), so it only has to be unique. */
export const newApiKeyId = (): string => `key_${randomBytes(12).toString('hex')}`;
/** 32 random bytes in base64url: the part of an API key that proves it. */
export const newApiKeySecret = (): string => randomBytes(32).toString('base64url');
