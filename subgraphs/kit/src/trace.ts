import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

/**
 * W3C Trace Context (https://www.w3.org/TR/trace-context/): `traceparent` is
 * `<version>-<trace-id>-<parent-id>-<flags>`. Only what log correlation needs: read a caller's
 * header, start a trace when there is none, and derive the header for an outgoing call.
 */
export const TRACEPARENT_HEADER = 'traceparent';

const TRACEPARENT = /^([\da-f]{2})-([\da-f]{32})-([\da-f]{16})-([\da-f]{2})$/;
const ZERO_TRACE_ID = '0'.repeat(32);
const ZERO_SPAN_ID = '0'.repeat(16);
const SAMPLED = '01';

export interface TraceContext {
  traceId: string;
  spanId: string;
  flags: string;
}

/** The trace context of a well-formed traceparent, or null (invalid headers are ignored, per spec). */
export function parseTraceparent(header: string | undefined): TraceContext | null {
  const match = header ? TRACEPARENT.exec(header) : null;
  if (!match) return null;
  const [, version = '', traceId = '', spanId = '', flags = ''] = match;
  if (version === 'ff' || traceId === ZERO_TRACE_ID || spanId === ZERO_SPAN_ID) return null;
  return { traceId, spanId, flags };
}

function format({ traceId, spanId, flags }: TraceContext): string {
  return `00-${traceId}-${spanId}-${flags}`;
}

function newSpanId(): string {
  return randomBytes(8).toString('hex');
}

function startTrace(): TraceContext {
  return { traceId: randomBytes(16).toString('hex'), spanId: newSpanId(), flags: SAMPLED };
}

/**
 * The caller's trace when it sent a valid traceparent, else a new trace: what the edge of the
 * platform (the gateway) uses so every request has a trace id to log and propagate.
 */
export function ensureTrace(traceparent: string | undefined): {
  traceparent: string;
  traceId: string;
} {
  const trace = parseTraceparent(traceparent) ?? startTrace();
  return { traceparent: format(trace), traceId: trace.traceId };
}

/**
 * The traceparent for a call made while handling `traceparent`: same trace and flags, a new span
 * id, so each outgoing call can be told apart while its logs join the caller's.
 */
export function childTraceparent(traceparent: string): string {
  return format({ ...(parseTraceparent(traceparent) ?? startTrace()), spanId: newSpanId() });
}

const traceStorage = new AsyncLocalStorage<string>();

/**
 * Runs `work` with `traceparent` as the current trace, for everything it awaits: resolvers of a
 * request, an event handler. Code that publishes events or calls out reads it with
 * currentTraceparent() instead of threading it through every signature.
 */
export function withTraceparent<R>(traceparent: string | undefined, work: () => R): R {
  return traceparent ? traceStorage.run(traceparent, work) : work();
}

export function currentTraceparent(): string | undefined {
  return traceStorage.getStore();
}
