import { z } from 'zod';
import { id, instant } from '../fields';

/** Events the users subgraph publishes. */
export const usersEvents = {
  'users.user.registered.v1': z.object({
    userId: id,
    locale: z.enum(['EN', 'VI']),
  }),
  /**
   * A driver went online or offline, or their licence status, vehicle or capacity changed: what
   * dispatch needs to offer them orders. `version` grows with each change; drop older ones.
   */
  'users.driver.status_changed.v1': z.object({
    driverId: id,
    online: z.boolean(),
    licenceStatus: z.enum(['PENDING', 'VERIFIED', 'REJECTED', 'EXPIRED']),
    vehicleType: z.enum(['BICYCLE', 'MOTORBIKE', 'CAR', 'VAN']),
    /** Orders carried at once. */
    maxConcurrentOrders: z.number().int().min(1).max(10),
    /** Whole kilograms. */
    maxLoadKg: z.number().int().min(1),
    version: z.number().int().min(1),
    changedAt: instant,
  }),
};
