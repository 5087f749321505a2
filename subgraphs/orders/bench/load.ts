import { Agent, request } from 'node:http';

const PLACE_ORDER = `mutation PlaceOrder($input: PlaceOrderInput!, $idempotencyKey: String!) {
  placeOrder(input: $input, idempotencyKey: $idempotencyKey) {
    __typename
    ... on Order { id status }
    ... on OrderError { code message }
  }
}`;
/** A request that has not answered by then counts as failed. */
const REQUEST_TIMEOUT_MS = 30_000;

/** One customer's checkout, ready to fire: their access token and their quote. */
export interface Checkout {
  token: string;
  quoteId: string;
  idempotencyKey: string;
}

export interface StepResult {
  offered: number;
  /** Orders answered PLACED per second, over the step from its first request to its last answer. */
  placedPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** Ids of the orders answered PLACED. */
  placed: string[];
  /** Every other answer, by what it was (typename, status, HTTP status or error). */
  failures: Map<string, number>;
  seconds: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

interface Answer {
  data?: { placeOrder?: { __typename: string; id?: string; status?: string; code?: string } };
  errors?: { extensions?: { code?: string } }[];
}

/** The placed order's id, or what the answer was instead. */
function outcome(status: number, body: string): { id: string } | { failure: string } {
  if (status !== 200) return { failure: `HTTP ${status}` };
  let answer: Answer;
  try {
    answer = JSON.parse(body) as Answer;
  } catch {
    return { failure: 'not JSON' };
  }
  const placed = answer.data?.placeOrder;
  if (placed?.__typename === 'Order' && placed.status === 'PLACED') return { id: placed.id! };
  if (placed?.__typename === 'Order') return { failure: `Order ${placed.status}` };
  if (placed)
    return { failure: placed.code ? `${placed.__typename} ${placed.code}` : placed.__typename };
  return { failure: `error ${answer.errors?.[0]?.extensions?.code ?? 'without code'}` };
}

/**
 * Fires one placeOrder per checkout at `rate` per second, open loop: each is sent at its
 * scheduled time whether or not earlier ones answered, and its latency counts from that time, so
 * a server falling behind shows in the latency instead of slowing the load.
 */
export async function fireAtRate(
  gatewayUrl: string,
  checkouts: readonly Checkout[],
  rate: number,
): Promise<StepResult> {
  const url = new URL(gatewayUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 1_024 });
  const latencies: number[] = [];
  const placed: string[] = [];
  const failures = new Map<string, number>();
  const fail = (what: string) => failures.set(what, (failures.get(what) ?? 0) + 1);

  const send = (checkout: Checkout, scheduledAt: number) =>
    new Promise<void>((resolve) => {
      const body = JSON.stringify({
        query: PLACE_ORDER,
        variables: {
          input: {
            quoteId: checkout.quoteId,
            payment: { method: 'CARD', paymentMethodRef: 'pm_card_visa' },
          },
          idempotencyKey: checkout.idempotencyKey,
        },
      });
      const req = request(
        url,
        {
          method: 'POST',
          agent,
          timeout: REQUEST_TIMEOUT_MS,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: `Bearer ${checkout.token}`,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            latencies.push(performance.now() - scheduledAt);
            const result = outcome(res.statusCode ?? 0, Buffer.concat(chunks).toString());
            if ('id' in result) placed.push(result.id);
            else fail(result.failure);
            resolve();
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (error) => {
        fail(error.message === 'timeout' ? 'timed out' : `network: ${error.message}`);
        resolve();
      });
      req.end(body);
    });

  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  await new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(
        checkouts.length,
        Math.floor(((performance.now() - started) * rate) / 1000) + 1,
      );
      while (inFlight.length < due) {
        const index = inFlight.length;
        inFlight.push(send(checkouts[index]!, started + (index * 1000) / rate));
      }
      if (inFlight.length < checkouts.length) setTimeout(tick, 1);
      else resolve();
    };
    tick();
  });
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    offered: rate,
    placedPerSecond: placed.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? NaN,
    placed,
    failures,
    seconds,
  };
}
