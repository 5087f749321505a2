import { z } from 'zod';
import { id } from '../fields';

/** Events the users subgraph publishes. */
export const usersEvents = {
  'users.user.registered.v1': z.object({
    userId: id,
    locale: z.enum(['EN', 'VI']),
  }),
};
