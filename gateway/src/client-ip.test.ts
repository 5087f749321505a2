import type { IncomingMessage } from 'node:http';
import { clientIp } from './client-ip';

function request(remoteAddress: string | undefined, forwardedFor?: string): IncomingMessage {
  return {
    socket: { remoteAddress },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  } as IncomingMessage;
}

describe('clientIp', () => {
  it('is the socket peer, IPv4-mapped IPv6 addresses as IPv4', () => {
    expect(clientIp(request('::ffff:198.51.100.4'), false)).toBe('198.51.100.4');
    expect(clientIp(request('2001:db8::1'), false)).toBe('2001:db8::1');
    expect(clientIp(request(undefined), false)).toBeUndefined();
  });

  it('ignores X-Forwarded-For unless the proxy is trusted', () => {
    expect(clientIp(request('10.0.0.2', '203.0.113.7'), false)).toBe('10.0.0.2');
    expect(clientIp(request('10.0.0.2', ' 203.0.113.7 , 10.0.0.9'), true)).toBe('203.0.113.7');
  });

  it('falls back to the socket peer when the first forwarded hop is not an address', () => {
    expect(clientIp(request('10.0.0.2', 'unknown, 203.0.113.7'), true)).toBe('10.0.0.2');
    expect(clientIp(request('10.0.0.2', ''), true)).toBe('10.0.0.2');
  });
});
