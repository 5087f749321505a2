import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '@dabba/subgraph-kit';
import { z } from 'zod';
import type { Payment } from '../domain/payment';
import type { Deps } from './runtime';

/** A customer's payments, newest first, in pages. */
export type ListPayments = (
  customerId: string,
  page: { first: number; after?: string | null },
) => Promise<Page<Payment>>;

const cursorSchema = z.object({ t: z.number().int(), id: z.string().min(1) });

export function makeListPayments(deps: Pick<Deps, 'payments'>): ListPayments {
  return async (customerId, { first, after }) => {
    const size = pageSize(first);
    const position = after ? decodeCursor(after, cursorSchema) : null;
    const payments = await deps.payments.listByCustomer(
      customerId,
      size + 1,
      position ? { createdAt: new Date(position.t), id: position.id } : null,
    );
    return toPage(payments, size, (payment) =>
      encodeCursor({ t: payment.createdAt.getTime(), id: payment.id }),
    );
  };
}
