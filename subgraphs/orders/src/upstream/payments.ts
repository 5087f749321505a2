import { SERVICE_IDENTITY, type ServiceClient } from '@dabba/subgraph-kit';

export interface OrderPaymentRequest {
  orderId: string;
  customerId: string;
  storeId: string;
  /** Tip excluded, minor units. */
  totalAmount: number;
  currency: string;
  promotionIds: string[];
  tipAmount: number;
  method: 'CARD' | 'CASH';
  paymentMethodRef: string | null;
  savePaymentMethod: boolean;
  returnUrl: string | null;
  idempotencyKey: string;
}

/** What payments answered at checkout. */
export type PaymentOutcome =
  /** The money is held (card) or cash was accepted. */
  | { kind: 'AUTHORIZED'; paymentId: string }
  /** The customer must complete 3-D Secure; the order waits for the payment's event. */
  | { kind: 'PENDING'; paymentId: string }
  | { kind: 'DECLINED'; reason: string }
  /** The provider did not answer: the order waits; a retry with the same key asks again. */
  | { kind: 'UNAVAILABLE' }
  | { kind: 'INVALID'; field: string; message: string };

export interface PaymentsPort {
  authorizeOrderPayment(request: OrderPaymentRequest): Promise<PaymentOutcome>;
}

const AUTHORIZE = /* GraphQL */ `
  mutation OrdersAuthorizePayment($input: AuthorizeOrderPaymentInput!) {
    authorizeOrderPayment(input: $input) {
      __typename
      ... on Payment {
        id
        status
      }
      ... on PaymentDeclined {
        declineCode
      }
      ... on OrderAlreadyPaid {
        payment {
          id
          status
        }
      }
      ... on InvalidPaymentInput {
        field
        message
      }
      ... on UnknownOrder {
        message
      }
    }
  }
`;

interface Answer {
  __typename: string;
  id?: string;
  status?: string;
  declineCode?: string | null;
  payment?: { id: string; status: string };
  field?: string;
  message?: string;
}

const HELD = new Set(['AUTHORIZED', 'CAPTURED']);

function fromPayment(payment: { id: string; status: string }): PaymentOutcome {
  if (HELD.has(payment.status)) return { kind: 'AUTHORIZED', paymentId: payment.id };
  if (payment.status === 'FAILED' || payment.status === 'CANCELLED') {
    return { kind: 'DECLINED', reason: payment.status.toLowerCase() };
  }
  return { kind: 'PENDING', paymentId: payment.id };
}

export function createPaymentsPort(client: ServiceClient): PaymentsPort {
  return {
    async authorizeOrderPayment(request) {
      const { authorizeOrderPayment: answer } = await client.request<{
        authorizeOrderPayment: Answer;
      }>(AUTHORIZE, { input: request }, SERVICE_IDENTITY);
      switch (answer.__typename) {
        case 'Payment':
          return fromPayment({ id: answer.id!, status: answer.status! });
        case 'OrderAlreadyPaid':
          return fromPayment(answer.payment!);
        case 'PaymentDeclined':
          return { kind: 'DECLINED', reason: answer.declineCode ?? 'declined' };
        case 'PaymentProviderUnavailable':
          return { kind: 'UNAVAILABLE' };
        case 'InvalidPaymentInput':
          return {
            kind: 'INVALID',
            field: answer.field ?? 'payment',
            message: answer.message ?? '',
          };
        default:
          throw new Error(`payments answered ${answer.__typename}: ${answer.message ?? ''}`);
      }
    },
  };
}
