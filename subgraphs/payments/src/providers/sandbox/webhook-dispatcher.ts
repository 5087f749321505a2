import type { Logger } from '@dabba/subgraph-kit';
import Stripe from 'stripe';
import { STRIPE_SIGNATURE_HEADER } from '../stripe/stripe-provider';

export interface WebhookDispatcherOptions {
  /** Where events are POSTed; a function is read at each attempt (the URL may be known late). */
  url: string | (() => string | undefined);
  /** Signs every delivery as Stripe does (`Stripe-Signature: t=…,v1=…`). */
  secret: string;
  /** Wait before the first attempt, as a PSP's webhooks arrive after its API answered. */
  delayMs: number;
  /** Attempts per event before giving up. */
  attempts: number;
  /** Wait after the first failed attempt; doubled after each further one. */
  retryDelayMs: number;
  logger?: Pick<Logger, 'warn'>;
  fetch?: typeof fetch;
}

/**
 * Delivers events asynchronously by HTTP POST, each signed with the SDK's
 * `generateTestHeaderString` (re-signed at every attempt, so the timestamp is fresh). A delivery
 * succeeds on a 2xx answer; otherwise it is retried with a doubling wait until the attempts run
 * out, then dropped with a warning. Events are delivered independently: like Stripe, no order is
 * promised.
 */
export class WebhookDispatcher {
  private readonly pending = new Set<Promise<void>>();
  /** Waits in progress, each with the function that ends it early. */
  private readonly sleepers = new Map<NodeJS.Timeout, (awake: boolean) => void>();
  private closed = false;

  constructor(private readonly options: WebhookDispatcherOptions) {}

  enqueue(event: { id: string; type: string }): void {
    if (this.closed) return;
    const delivery = this.deliver(JSON.stringify(event), event).finally(() =>
      this.pending.delete(delivery),
    );
    this.pending.add(delivery);
  }

  /** Resolves once every event queued so far was delivered or given up. */
  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  /** Stops: waiting deliveries are abandoned. */
  close(): void {
    this.closed = true;
    for (const [timer, wake] of this.sleepers) {
      clearTimeout(timer);
      wake(false);
    }
    this.sleepers.clear();
  }

  private async deliver(payload: string, event: { id: string; type: string }): Promise<void> {
    const { attempts, retryDelayMs, secret } = this.options;
    let wait = this.options.delayMs;
    let lastError = '';
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      if (!(await this.sleep(wait))) return;
      lastError = await this.post(payload, secret);
      if (!lastError) return;
      wait = retryDelayMs * 2 ** (attempt - 1);
    }
    this.options.logger?.warn(
      { eventId: event.id, eventType: event.type, attempts, error: lastError },
      'sandbox webhook not delivered',
    );
  }

  /** One attempt; the reason it failed, or '' when it was accepted. */
  private async post(payload: string, secret: string): Promise<string> {
    const url = typeof this.options.url === 'function' ? this.options.url() : this.options.url;
    if (!url) return 'no webhook URL yet';
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret });
    try {
      const response = await (this.options.fetch ?? fetch)(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [STRIPE_SIGNATURE_HEADER]: signature },
        body: payload,
      });
      await response.arrayBuffer();
      return response.ok ? '' : `HTTP ${response.status}`;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  /** Waits `ms`; false when the dispatcher was closed meanwhile. */
  private sleep(ms: number): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.sleepers.delete(timer);
        resolve(!this.closed);
      }, ms);
      this.sleepers.set(timer, resolve);
    });
  }
}
