import type { Logger, UnitOfWork } from '@dabba/subgraph-kit';
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
