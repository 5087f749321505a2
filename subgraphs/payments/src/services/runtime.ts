import type { Logger, Transaction, UnitOfWork } from '@dabba/subgraph-kit';
import type { Payment } from '../domain/payment';
import type { PaymentsPersistence } from '../persistence';
import type { PaymentProvider, ProviderName } from '../providers/port';

/** The providers payments uses: card payments (Stripe or the sandbox) and cash on delivery. */
export interface PaymentProviders {
  card: PaymentProvider;
  cash: PaymentProvider;
}

/** What every use case may need besides the repositories. */
export interface PaymentsRuntime {
  unitOfWork: UnitOfWork;
  logger: Logger;
  providers: PaymentProviders;
  /** The platform's fee on each delivered order, in basis points of its total (tip excluded). */
  feeBps: number;
  now?: () => Date;
}

export interface Deps extends PaymentsRuntime, PaymentsPersistence {
  now: () => Date;
}

export function providerOf(providers: PaymentProviders, name: ProviderName): PaymentProvider {
  if (providers.cash.name === name) return providers.cash;
  if (providers.card.name === name) return providers.card;
  throw new Error(`no provider named ${name} is configured`);
}

export const providerFor = (deps: Deps, payment: Payment): PaymentProvider =>
  providerOf(deps.providers, payment.provider);

/** The provider's intent behind a payment that reached the provider. */
export function intentOf(payment: Payment): string {
  if (!payment.intentRef) throw new Error(`payment ${payment.id} has no provider intent`);
  return payment.intentRef;
}

/**
 * A consumer's use case in two steps (the kit's `preparedConsumer`): `prepare` asks the provider,
 * outside any transaction, with idempotency keys derived from our ids; `apply` reads the payment
 * again in the consumer's transaction and records the answer, or throws ProviderAnswerStale when
 * the payment moved in between, so that the delivery is retried and prepared again.
 */
export interface PreparedUseCase<E, P> {
  prepare(event: E): Promise<P>;
  apply(event: E, tx: Transaction, prepared: P): Promise<void>;
}

/** The payment changed between the provider call and the transaction: retry the delivery. */
export class ProviderAnswerStale extends Error {
  constructor(paymentId: string) {
    super(`payment ${paymentId} changed while its provider was asked; the event will be retried`);
  }
}
