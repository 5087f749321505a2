import {
  childTraceparent,
  currentTraceparent,
  ensureTrace,
  extractTraceContext,
  parseTraceparent,
  withTraceparent,
} from './trace';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const TRACEPARENT = `00-${TRACE_ID}-00f067aa0ba902b7-01`;
const WELL_FORMED = /^00-[\da-f]{32}-[\da-f]{16}-[\da-f]{2}$/;

describe('parseTraceparent', () => {
  it('reads trace id, parent span id and flags', () => {
    expect(parseTraceparent(TRACEPARENT)).toEqual({
      traceId: TRACE_ID,
      spanId: '00f067aa0ba902b7',
      flags: '01',
    });
  });

  it.each([
    ['missing', undefined],
    ['malformed', 'not-a-traceparent'],
    ['upper case', TRACEPARENT.toUpperCase()],
    ['version ff', `ff-${TRACE_ID}-00f067aa0ba902b7-01`],
    ['all-zero trace id', `00-${'0'.repeat(32)}-00f067aa0ba902b7-01`],
    ['all-zero span id', `00-${TRACE_ID}-${'0'.repeat(16)}-01`],
  ])('rejects a %s header', (_case, header) => {
    expect(parseTraceparent(header)).toBeNull();
  });
});

describe('ensureTrace', () => {
  it('continues the caller’s trace', () => {
    expect(ensureTrace(TRACEPARENT)).toEqual({ traceparent: TRACEPARENT, traceId: TRACE_ID });
  });

  it('starts a new, random trace when the caller sent none or an invalid one', () => {
    const first = ensureTrace(undefined);
    const second = ensureTrace('00-garbage');
    expect(first.traceparent).toMatch(WELL_FORMED);
    expect(parseTraceparent(first.traceparent)?.traceId).toBe(first.traceId);
    expect(second.traceId).not.toBe(first.traceId);
  });
});

describe('childTraceparent', () => {
  it('keeps the trace id and flags with a new span id per call', () => {
    const first = parseTraceparent(childTraceparent(TRACEPARENT));
    const second = parseTraceparent(childTraceparent(TRACEPARENT));
    expect(first).toEqual({ traceId: TRACE_ID, spanId: expect.any(String), flags: '01' });
    expect(first?.spanId).not.toBe('00f067aa0ba902b7');
    expect(second?.spanId).not.toBe(first?.spanId);
  });

  it('starts a trace from an invalid parent', () => {
    expect(childTraceparent('garbage')).toMatch(WELL_FORMED);
  });
});

describe('the current trace', () => {
  it('is the traceparent work runs with, through everything it awaits', async () => {
    const seen = await withTraceparent(TRACEPARENT, async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return currentTraceparent();
    });

    expect(seen).toBe(TRACEPARENT);
    expect(currentTraceparent()).toBeUndefined();
  });

  it('stays as it is for a missing or invalid traceparent', () => {
    withTraceparent(TRACEPARENT, () => {
      expect(withTraceparent(undefined, currentTraceparent)).toBe(TRACEPARENT);
      expect(withTraceparent('00-garbage-01', currentTraceparent)).toBe(TRACEPARENT);
    });
  });

  it('is read from headers with the W3C propagator', () => {
    expect(currentTraceparent(extractTraceContext({ traceparent: TRACEPARENT }))).toBe(TRACEPARENT);
    expect(currentTraceparent(extractTraceContext({ traceparent: [TRACEPARENT, 'x'] }))).toBe(
      TRACEPARENT,
    );
    expect(currentTraceparent(extractTraceContext({ traceparent: 'ff-x' }))).toBeUndefined();
  });
});
