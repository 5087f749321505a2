import { addsOwner, mayGrant, takesAwayOwner, toClaims, type Membership } from './membership';

const owner: Membership = {
  id: 'mem_1',
  organizationId: 'org_1',
  userId: 'usr_1',
  role: 'OWNER',
  joinedAt: new Date('2026-03-01T10:00:00.000Z'),
};
const staff: Membership = { ...owner, id: 'mem_2', userId: 'usr_2', role: 'STAFF' };

describe('membership rules', () => {
  it('lets an OWNER grant any role, a MANAGER only STAFF, and STAFF nothing', () => {
    expect(['OWNER', 'MANAGER', 'STAFF'].map((role) => mayGrant('OWNER', role as 'STAFF'))).toEqual(
      [true, true, true],
    );
    expect(mayGrant('MANAGER', 'STAFF')).toBe(true);
    expect(mayGrant('MANAGER', 'MANAGER')).toBe(false);
    expect(mayGrant('MANAGER', 'OWNER')).toBe(false);
    expect(mayGrant('STAFF', 'STAFF')).toBe(false);
  });

  it('tells which changes take an owner away or add one', () => {
    expect(takesAwayOwner(owner, 'MANAGER')).toBe(true);
    expect(takesAwayOwner(owner, null)).toBe(true);
    expect(takesAwayOwner(owner, 'OWNER')).toBe(false);
    expect(takesAwayOwner(staff, null)).toBe(false);
    expect(addsOwner(staff, 'OWNER')).toBe(true);
    expect(addsOwner(null, 'OWNER')).toBe(true);
    expect(addsOwner(owner, 'OWNER')).toBe(false);
    expect(addsOwner(staff, 'MANAGER')).toBe(false);
  });

  it('turns memberships into access token claims', () => {
    expect(toClaims([owner, { ...staff, organizationId: 'org_2' }])).toEqual([
      { organizationId: 'org_1', role: 'OWNER' },
      { organizationId: 'org_2', role: 'STAFF' },
    ]);
  });
});
