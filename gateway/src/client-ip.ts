import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** `::ffff:203.0.113.7` (a dual-stack socket's view of an IPv4 peer) as `203.0.113.7`. */
function normalize(address: string): string {
  return IPV4_MAPPED.exec(address)?.[1] ?? address;
}

/**
 * The caller's address: the first `X-Forwarded-For` hop when the gateway runs behind a proxy it
 * trusts (anyone else could write that header), else the socket's peer. Undefined when neither
 * is a valid IP address.
 */
export function clientIp(
  request: Pick<IncomingMessage, 'headers' | 'socket'>,
  trustProxy: boolean,
): string | undefined {
  if (trustProxy) {
    const forwarded = request.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first && isIP(first)) return normalize(first);
  }
  const peer = request.socket.remoteAddress;
  return peer && isIP(peer) ? normalize(peer) : undefined;
}
