import {
  notificationChanges,
  notificationMatrix,
  normalizeDietaryPreferences,
} from './preferences';

describe('normalizeDietaryPreferences', () => {
  it('keeps each once in the canonical order', () => {
    expect(normalizeDietaryPreferences(['NUT_FREE', 'VEGAN', 'NUT_FREE'])).toEqual([
      'VEGAN',
      'NUT_FREE',
    ]);
    expect(normalizeDietaryPreferences([])).toEqual([]);
  });

  it('refuses an unknown preference', () => {
    expect(normalizeDietaryPreferences(['VEGAN', 'PALEO'])).toMatchObject({
      kind: 'InvalidInput',
      field: 'preferences',
    });
  });
});

describe('notificationMatrix', () => {
  it('starts from the defaults: order updates by email and push, no promotions', () => {
    expect(notificationMatrix({})).toEqual({
      EMAIL: { ORDER_UPDATES: true, PROMOTIONS: false, ACCOUNT_SECURITY: true },
      SMS: { ORDER_UPDATES: false, PROMOTIONS: false, ACCOUNT_SECURITY: true },
      PUSH: { ORDER_UPDATES: true, PROMOTIONS: false, ACCOUNT_SECURITY: true },
    });
  });

  it('applies the user choices over the defaults', () => {
    const matrix = notificationMatrix({ SMS: { ORDER_UPDATES: true }, PUSH: { PROMOTIONS: true } });
    expect(matrix.SMS.ORDER_UPDATES).toBe(true);
    expect(matrix.PUSH).toEqual({ ORDER_UPDATES: true, PROMOTIONS: true, ACCOUNT_SECURITY: true });
  });
});

describe('notificationChanges', () => {
  it('returns the changes to store, ignoring security switched on', () => {
    expect(
      notificationChanges([
        { channel: 'EMAIL', topic: 'PROMOTIONS', enabled: true },
        { channel: 'SMS', topic: 'ACCOUNT_SECURITY', enabled: true },
      ]),
    ).toEqual([{ channel: 'EMAIL', topic: 'PROMOTIONS', enabled: true }]);
  });

  it('refuses to switch account security off', () => {
    expect(
      notificationChanges([{ channel: 'PUSH', topic: 'ACCOUNT_SECURITY', enabled: false }]),
    ).toMatchObject({ kind: 'InvalidInput', field: 'settings' });
  });

  it('refuses the same setting twice in one request', () => {
    expect(
      notificationChanges([
        { channel: 'EMAIL', topic: 'PROMOTIONS', enabled: true },
        { channel: 'EMAIL', topic: 'PROMOTIONS', enabled: false },
      ]),
    ).toMatchObject({ kind: 'InvalidInput', field: 'settings' });
  });
});
