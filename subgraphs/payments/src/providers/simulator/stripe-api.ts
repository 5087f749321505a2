import { createHash } from 'node:crypto';
import { parseForm, stringList, stringMap, text, type FormObject } from './form';
import { newId, StripeApiError, type StripeErrorBody } from './objects';
import type { SimulatedStripe } from './simulated-stripe';

export interface ApiRequest {
  method: string;
  /** Path and query string, e.g. `/v1/payment_intents/pi_1?expand[0]=latest_charge`. */
  url: string;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  body: string;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Whether the response is the stored one for a repeated idempotency key. */
  replayed: boolean;
}

interface StoredResult {
  fingerprint: string;
  status: number;
  body: string;
}

type Handler = (id: string | undefined, form: FormObject) => unknown;

/**
 * Stripe's v1 HTTP API over a SimulatedStripe, for what Dabba's adapter calls: form-encoded
 * requests as the SDK sends them, Stripe-shaped JSON and Stripe-style errors
 * (`{ error: { type, code, decline_code, message } }` with Stripe's statuses). It requires a
 * test-mode secret key (`Bearer sk_test_…`) and honours `Idempotency-Key` on POSTs: the same key
 * with the same parameters replays the first response (with `Idempotent-Replayed: true`), with
 * other parameters it is a 400 `idempotency_error`. Server errors (5xx) are not stored.
 */
export class StripeApi {
  private readonly idempotent = new Map<string, StoredResult>();
  private readonly routes: Array<{ method: string; pattern: RegExp; handle: Handler }>;

  constructor(readonly simulator: SimulatedStripe) {
    const sim = simulator;
    this.routes = [
      route('POST', /^\/v1\/customers$/, (_, form) =>
        sim.createCustomer({ email: text(form, 'email'), metadata: stringMap(form, 'metadata') }),
      ),
      route('GET', /^\/v1\/payment_methods$/, (_, form) =>
        list('/v1/payment_methods', sim.listPaymentMethods(required(form, 'customer'))),
      ),
      route('POST', /^\/v1\/payment_intents$/, (_, form) =>
        sim.createIntent({
          amount: integer(form, 'amount') ?? Number.NaN,
          currency: required(form, 'currency').toLowerCase(),
          captureMethod: captureMethod(text(form, 'capture_method')),
          confirm: text(form, 'confirm') === 'true',
          paymentMethod: text(form, 'payment_method'),
          customer: text(form, 'customer'),
          metadata: stringMap(form, 'metadata'),
          returnUrl: text(form, 'return_url'),
          setupFutureUsage: futureUsage(text(form, 'setup_future_usage')),
        }),
      ),
      route('GET', /^\/v1\/payment_intents\/([\w-]+)$/, (id, form) =>
        sim.retrieveIntent(id!, stringList(form, 'expand').includes('latest_charge')),
      ),
      route('POST', /^\/v1\/payment_intents\/([\w-]+)\/confirm$/, (id, form) =>
        sim.confirmIntent(id!, {
          paymentMethod: text(form, 'payment_method'),
          returnUrl: text(form, 'return_url'),
        }),
      ),
      route('POST', /^\/v1\/payment_intents\/([\w-]+)\/capture$/, (id, form) =>
        sim.captureIntent(id!, integer(form, 'amount_to_capture')),
      ),
      route('POST', /^\/v1\/payment_intents\/([\w-]+)\/cancel$/, (id, form) =>
        sim.cancelIntent(id!, text(form, 'cancellation_reason')),
      ),
      route('POST', /^\/v1\/refunds$/, (_, form) =>
        sim.createRefund({
          paymentIntent: required(form, 'payment_intent'),
          amount: integer(form, 'amount'),
          metadata: stringMap(form, 'metadata'),
        }),
      ),
      route('GET', /^\/v1\/refunds$/, (_, form) =>
        list('/v1/refunds', sim.listRefunds(required(form, 'payment_intent'))),
      ),
    ];
  }

  handle(request: ApiRequest): ApiResponse {
    const authorization = request.headers.authorization ?? '';
    if (!/^Bearer sk_test_\w+$/.test(authorization)) {
      return respond(401, {
        error: { type: 'invalid_request_error', message: 'Invalid API Key provided.' },
      });
    }
    const key = request.method === 'POST' ? request.headers['idempotency-key'] : undefined;
    if (!key) return this.execute(request);
    const fingerprint = createHash('sha256')
      .update(`${request.method} ${request.url}\n${request.body}`)
      .digest('hex');
    const stored = this.idempotent.get(key);
    if (stored && stored.fingerprint !== fingerprint) {
      return respond(400, {
        error: {
          type: 'idempotency_error',
          message:
            'Keys for idempotent requests can only be used with the same parameters they were ' +
            `first used with. Try using a key other than '${key}' if you meant to execute a ` +
            'different request.',
        },
      });
    }
    if (stored) {
      const replay = respond(stored.status, JSON.parse(stored.body));
      return {
        ...replay,
        headers: { ...replay.headers, 'idempotent-replayed': 'true' },
        replayed: true,
      };
    }
    const response = this.execute(request);
    if (response.status < 500) {
      this.idempotent.set(key, { fingerprint, status: response.status, body: response.body });
    }
    return { ...response, headers: { ...response.headers, 'idempotency-key': key } };
  }

  private execute(request: ApiRequest): ApiResponse {
    const [path = '', query = ''] = request.url.split('?', 2);
    const match = this.routes
      .filter((candidate) => candidate.method === request.method)
      .map((candidate) => ({ candidate, groups: candidate.pattern.exec(path) }))
      .find((found) => found.groups);
    if (!match) {
      return respond(404, {
        error: {
          type: 'invalid_request_error',
          message: `Unrecognized request URL (${request.method}: ${path}).`,
        },
      });
    }
    const form = parseForm(request.method === 'GET' ? query : request.body);
    try {
      return respond(200, match.candidate.handle(match.groups![1], form));
    } catch (error) {
      if (error instanceof StripeApiError) return respond(error.status, { error: error.body });
      const body: StripeErrorBody = { type: 'api_error', message: 'An unknown error occurred.' };
      return respond(500, { error: body });
    }
  }
}

function route(method: string, pattern: RegExp, handle: Handler) {
  return { method, pattern, handle };
}

function respond(status: number, payload: unknown): ApiResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', 'request-id': newId('req') },
    body: JSON.stringify(payload),
    replayed: false,
  };
}

function list<T>(url: string, data: T[]) {
  return { object: 'list', data, has_more: false, url };
}

function required(form: FormObject, key: string): string {
  const value = text(form, key);
  if (value === undefined || value === '') {
    throw new StripeApiError(400, {
      type: 'invalid_request_error',
      code: 'parameter_missing',
      message: `Missing required param: ${key}.`,
      param: key,
    });
  }
  return value;
}

function integer(form: FormObject, key: string): number | undefined {
  const value = text(form, key);
  if (value === undefined) return undefined;
  return /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
}

function captureMethod(value: string | undefined) {
  if (value === undefined) return 'automatic' as const;
  if (value === 'manual' || value === 'automatic' || value === 'automatic_async') return value;
  throw new StripeApiError(400, {
    type: 'invalid_request_error',
    code: 'parameter_invalid',
    message: `Invalid capture_method: ${value}`,
    param: 'capture_method',
  });
}

function futureUsage(value: string | undefined) {
  return value === 'off_session' || value === 'on_session' ? value : undefined;
}
