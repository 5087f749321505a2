import type { HttpRouteRequest, HttpRouteResponse } from '@dabba/subgraph-kit';
import { InvalidWebhookError, type PaymentProvider } from '../providers/port';
import type { Deps } from './runtime';

/**
 * A provider's webhook: verified by the provider's signature over the raw body (a forged or
 * stale one is answered 400 and nothing is stored), stored once per provider event id (a replay
 * is answered 200 and changes nothing), and handed on with payments.webhook.received.v1 in the
 * same transaction. The payment is updated by that event's consumer, so the provider gets its
 * 200 without waiting.
 */
export type ReceiveWebhook = (request: HttpRouteRequest) => Promise<HttpRouteResponse>;

/** Aborts the unit of work of a webhook stored meanwhile. */
class AlreadyStored extends Error {}

function header(request: HttpRouteRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function makeReceiveWebhook(
  deps: Pick<Deps, 'unitOfWork' | 'webhooks' | 'logger' | 'now'>,
  provider: PaymentProvider,
): ReceiveWebhook {
  return async (request) => {
    let event;
    try {
      event = provider.parseWebhook(request.body, header(request, 'stripe-signature'));
    } catch (error) {
      if (!(error instanceof InvalidWebhookError)) throw error;
      deps.logger.warn({ reason: error.message }, 'webhook refused');
      return { status: 400, body: { error: 'Invalid webhook signature' } };
    }
    const webhookId = `${provider.name}:${event.id}`;
    const duplicate = { status: 200, body: { received: true, duplicate: true } };
    if (await deps.webhooks.findById(webhookId)) return duplicate;
    try {
      await deps.unitOfWork.run(async (tx) => {
        const stored = await deps.webhooks.insert(
          { id: webhookId, provider: provider.name, event, receivedAt: deps.now() },
          tx.session,
        );
        // A concurrent delivery of the same event stored it first: abort, as the inbox does.
        if (!stored) throw new AlreadyStored();
        tx.publish({
          type: 'payments.webhook.received.v1',
          subject: event.paymentId ?? event.intentRef ?? event.id,
          data: { webhookId, provider: provider.name, providerEventType: event.type },
        });
      });
    } catch (error) {
      if (error instanceof AlreadyStored) return duplicate;
      throw error;
    }
    return { status: 200, body: { received: true, duplicate: false } };
  };
}
