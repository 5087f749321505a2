import {
  decideAcceptance,
  hashInvitationToken,
  invitationContact,
  invitationExpiry,
  invitationStatus,
  isWellFormedInvitationToken,
  type Invitation,
} from './invitation';

const now = new Date('2026-04-01T12:00:00.000Z');
const invitation: Invitation = {
  id: 'inv_1',
  organizationId: 'org_1',
  email: 'an@example.vn',
  phone: null,
  role: 'STAFF',
  tokenHash: hashInvitationToken('t'.repeat(43)),
  invitedBy: 'usr_owner',
  createdAt: now,
  expiresAt: invitationExpiry(now),
  acceptedAt: null,
  acceptedBy: null,
  revokedAt: null,
};
const an = { email: 'an@example.vn', phone: '+84901234567' };
const later = (ms: number) => new Date(now.getTime() + ms);
const WEEK = 7 * 24 * 60 * 60 * 1000;

describe('invitation contact', () => {
  it('takes exactly one of email and phone, normalised', () => {
    expect(invitationContact({ email: ' An@Example.VN ' })).toEqual({
      email: 'an@example.vn',
      phone: null,
    });
    expect(invitationContact({ phone: '0901234567' })).toEqual({
      email: null,
      phone: '+84901234567',
    });
    expect(invitationContact({})).toMatchObject({ kind: 'InvalidInput', field: 'email' });
    expect(invitationContact({ email: 'an@example.vn', phone: '0901234567' })).toMatchObject({
      kind: 'InvalidInput',
    });
    expect(invitationContact({ phone: '12' })).toMatchObject({ field: 'phone' });
    expect(invitationContact({ email: 'nope' })).toMatchObject({ field: 'email' });
  });
});

describe('invitation lifecycle', () => {
  it('expires 7 days after it is sent', () => {
    expect(invitation.expiresAt).toEqual(later(WEEK));
    expect(invitationStatus(invitation, later(WEEK - 1))).toBe('PENDING');
    expect(invitationStatus(invitation, later(WEEK))).toBe('EXPIRED');
  });

  it('is accepted by the person it was sent to, while pending', () => {
    expect(decideAcceptance(invitation, an, now)).toEqual({ accept: true });
    const byPhone = { ...invitation, email: null, phone: '+84901234567' };
    expect(decideAcceptance(byPhone, { email: null, phone: '+84901234567' }, now)).toEqual({
      accept: true,
    });
  });

  it('refuses anybody else, and unknown, expired, revoked or used invitations', () => {
    expect(decideAcceptance(invitation, { email: 'other@example.vn', phone: null }, now)).toEqual({
      accept: false,
      notForYou: true,
    });
    expect(decideAcceptance(null, an, now)).toEqual({ accept: false, problem: 'UNKNOWN' });
    expect(decideAcceptance(invitation, an, later(WEEK))).toEqual({
      accept: false,
      problem: 'EXPIRED',
    });
    expect(decideAcceptance({ ...invitation, revokedAt: now }, an, now)).toEqual({
      accept: false,
      problem: 'REVOKED',
    });
    const used = { ...invitation, acceptedAt: now, acceptedBy: 'usr_an' };
    expect(decideAcceptance(used, an, now)).toEqual({ accept: false, problem: 'USED' });
  });

  it('hashes tokens and only accepts 32-byte base64url ones', () => {
    expect(isWellFormedInvitationToken('A'.repeat(43))).toBe(true);
    expect(isWellFormedInvitationToken('A'.repeat(42))).toBe(false);
    expect(isWellFormedInvitationToken(`${'A'.repeat(42)}=`)).toBe(false);
    expect(hashInvitationToken('abc')).toBe('ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
  });
});
