import type { StripeApi } from './stripe-api';

/**
 * A `fetch` that hands each request to a StripeApi in this process instead of the network, so
 * the stripe SDK (through `Stripe.createFetchHttpClient`) runs unchanged against the simulator.
 */
export function inProcessFetch(api: StripeApi): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const body = typeof init?.body === 'string' ? init.body : '';
    const response = api.handle({
      method: init?.method ?? 'GET',
      url: url.pathname + url.search,
      headers,
      body,
    });
    return new Response(response.body, { status: response.status, headers: response.headers });
  };
}
