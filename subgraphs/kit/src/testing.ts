import { v7 as uuidv7 } from 'uuid';
import { sharedMemoryBroker } from './events/runtime';
import { memoryTransport } from './events/memory-transport';
import { ANONYMOUS, signIdentity, type Identity } from './identity';

/** Helpers for contract tests that talk to a running subgraph over HTTP, as the gateway does. */
export interface GraphQLResult<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  request: { query: string; variables?: Record<string, unknown> },
  headers: Record<string, string> = {},
): Promise<GraphQLResult<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as Omit<GraphQLResult<TData>, 'status'>;
  return { status: response.status, ...body };
}

/** A client that signs every request with `identity`, like the gateway. */
export function signedClient(url: string, secret: string) {
  return <TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    identity: Identity = ANONYMOUS,
  ) =>
    postGraphQL<TData>(
      url,
      { query, ...(variables ? { variables } : {}) },
      signIdentity(identity, secret),
    );
}

/**
 * POSTs `body` to one of a subgraph's extra routes (`path` on the origin of its GraphQL `url`),
 * signed as `identity`, or unsigned with null: the status and the JSON answer.
 */
export async function postRoute(
  url: string,
  path: string,
  body: unknown,
  secret: string,
  identity: Identity | null,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(new URL(path, url), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(identity ? signIdentity(identity, secret) : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

export function userIdentity(userId: string, roles: string[] = []): Identity {
  return { kind: 'user', userId, roles, organizations: [], scopes: [] };
}

/**
 * Publishes an event on this process's in-process broker, as the `source` subgraph's relay
 * would, so a subgraph's consumers can be tested without its publisher. Returns the event's id
 * (a new UUIDv7 unless given, e.g. to deliver one event again).
 */
export async function publishOnSharedBroker(event: {
  type: string;
  source: string;
  subject: string;
  data: unknown;
  id?: string;
}): Promise<string> {
  const id = event.id ?? uuidv7();
  const { type, source, subject, data } = event;
  const envelope = { id, type, source, subject, time: new Date().toISOString(), data };
  const transport = memoryTransport(sharedMemoryBroker());
  try {
    await transport.publish(
      { body: Buffer.from(JSON.stringify(envelope)), messageId: id, type, headers: {} },
      { routingKey: type },
    );
  } finally {
    await transport.close();
  }
  return id;
}
