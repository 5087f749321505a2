import { z } from 'zod';

/** An id of ours, e.g. `usr_…`, `ord_…`. */
export const id = z.string().min(1).max(128);

/** Money: an integer amount in the currency's minor units (VND has none, USD and INR two). */
export const money = z.object({
  amount: z.number().int().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'),
});

export const instant = z.iso.datetime({ offset: true });
