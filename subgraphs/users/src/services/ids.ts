import { randomUUID } from 'node:crypto';

export const newUserId = (): string => `usr_${randomUUID()}`;
/** A session is a refresh-token family; its id is the access token's `sid`. */
export const newSessionId = (): string => `ses_${randomUUID()}`;
