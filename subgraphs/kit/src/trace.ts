import { randomBytes } from 'node:crypto';
import {
  ROOT_CONTEXT,
  TraceFlags,
  context,
  propagation,
  trace,
  type Context,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/**
 * W3C Trace Context (https://www.w3.org/TR/trace-context/): `traceparent` is
 * `<version>-<trace-id>-<parent-id>-<flags>`. The current trace lives in OpenTelemetry's context,
 * which follows async work (AsyncLocalStorage) whether or not spans are recorded (tracing.ts), and
 * crosses processes as `traceparent` through the W3C propagator: on HTTP and on events.
 */
export const TRACEPARENT_HEADER = 'traceparent';

// Once per process; if the application registered its own already, that one stays (false).
context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
propagation.setGlobalPropagator(new W3CTraceContextPropagator());

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

/** `carrier` (HTTP headers, message headers) with a W3C traceparent read into `parent`. */
export function extractTraceContext(
  carrier: Record<string, unknown>,
  parent: Context = ROOT_CONTEXT,
): Context {
  return propagation.extract(parent, carrier);
}

/**
 * Runs `work` with `traceparent` as the current trace, for everything it awaits: resolvers of a
 * request, an event handler. Code that publishes events or calls out reads it with
 * currentTraceparent() instead of threading it through every signature. An invalid traceparent
 * leaves the current trace as it is.
 */
export function withTraceparent<R>(traceparent: string | undefined, work: () => R): R {
  if (!traceparent) return work();
  return context.with(
    extractTraceContext({ [TRACEPARENT_HEADER]: traceparent }, context.active()),
    work,
  );
}

/** The traceparent of `ctx`'s span (the current one by default), when there is a valid one. */
export function currentTraceparent(ctx: Context = context.active()): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(ctx, carrier);
  return carrier[TRACEPARENT_HEADER];
}

/**
 * Runs `work` in a span that is neither created nor recorded, only named in the context: the
 * caller's trace (else a new one) with a span id of its own, sampled as the caller's was (new
 * traces are sampled). It is what a tracer that records nothing would start, for a fraction of
 * the cost, so currentTraceparent() and the trace ids in logs are the same with tracing off.
 */
export function inUnrecordedSpan<R>(caller: TraceContext | null, work: () => R): R {
  // One draw of random bytes: the span id, and the trace id when this starts the trace.
  const ids = randomBytes(caller ? 8 : 24).toString('hex');
  const span = trace.wrapSpanContext({
    traceId: caller?.traceId ?? ids.slice(16),
    spanId: ids.slice(0, 16),
    traceFlags: caller
      ? Number.parseInt(caller.flags, 16) & TraceFlags.SAMPLED
      : TraceFlags.SAMPLED,
  });
  return context.with(trace.setSpan(ROOT_CONTEXT, span), work);
}
