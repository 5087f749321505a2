import type { HttpRoute } from '@dabba/subgraph-kit';
import { createCashProvider } from './cash/cash-provider';
import type { PaymentProvider } from './port';
import { createSandboxPsp, type SandboxOptions, type SandboxPsp } from './sandbox/sandbox-psp';
import { sandboxRoutes } from './sandbox/sandbox-routes';
import { createStripeProvider, type StripeProviderOptions } from './stripe/stripe-provider';

export { createCashProvider } from './cash/cash-provider';
export { createSandboxPsp, type SandboxOptions, type SandboxPsp } from './sandbox/sandbox-psp';
export {
  SANDBOX_3DS_PATHS,
  SANDBOX_REFUND_FAIL_PATH,
  sandboxRoutes,
} from './sandbox/sandbox-routes';
export { WEBHOOK_EVENT_TYPES } from './stripe/stripe-events';
export {
  createStripeProvider,
  STRIPE_SIGNATURE_HEADER,
  type StripeProviderOptions,
} from './stripe/stripe-provider';

export interface PaymentProvidersOptions {
  /** Cards go through Stripe when this is given (STRIPE_SECRET_KEY is set)… */
  stripe?: StripeProviderOptions | null;
  /** …and through the in-process sandbox PSP otherwise. */
  sandbox?: SandboxOptions;
}

export interface CreatedPaymentProviders {
  card: PaymentProvider;
  cash: PaymentProvider;
  /** The sandbox when cards go through it, for tests and development (3-D Secure, webhooks). */
  sandbox: SandboxPsp | null;
  /** Extra HTTP routes to serve: the sandbox's 3-D Secure and refund routes, none with Stripe. */
  routes: HttpRoute[];
}

/** The card provider (Stripe or the sandbox, from the settings) and cash on delivery. */
export function createPaymentProviders(options: PaymentProvidersOptions): CreatedPaymentProviders {
  const cash = createCashProvider();
  if (options.stripe) {
    return { card: createStripeProvider(options.stripe), cash, sandbox: null, routes: [] };
  }
  if (!options.sandbox) {
    throw new Error('createPaymentProviders needs Stripe settings or sandbox settings');
  }
  const sandbox = createSandboxPsp(options.sandbox);
  return { card: sandbox.provider, cash, sandbox, routes: sandboxRoutes(sandbox) };
}
