import { DIETARY_TAGS } from '@dabba/subgraph-kit';
import { invalidInput, type InvalidInput } from './auth-results';

/** Dietary needs, named as the catalog's dietary tags so that menus can be filtered by them. */
export const DIETARY_PREFERENCES = DIETARY_TAGS;
export type DietaryPreference = (typeof DIETARY_PREFERENCES)[number];

/** Kept in the order of DIETARY_PREFERENCES, each once, whatever order they were given in. */
export function normalizeDietaryPreferences(
  preferences: readonly string[],
): DietaryPreference[] | InvalidInput {
  const unknown = preferences.find(
    (preference) => !(DIETARY_PREFERENCES as readonly string[]).includes(preference),
  );
  if (unknown !== undefined) {
    return invalidInput('preferences', `unknown dietary preference ${unknown}`);
  }
  return DIETARY_PREFERENCES.filter((preference) => preferences.includes(preference));
}

export const NOTIFICATION_CHANNELS = ['EMAIL', 'SMS', 'PUSH'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const NOTIFICATION_TOPICS = ['ORDER_UPDATES', 'PROMOTIONS', 'ACCOUNT_SECURITY'] as const;
export type NotificationTopic = (typeof NOTIFICATION_TOPICS)[number];

/** Topics a user may switch off; account security messages always go out. */
export type OptionalTopic = Exclude<NotificationTopic, 'ACCOUNT_SECURITY'>;

/** What the user changed from the defaults, per channel and topic. */
export type NotificationOverrides = Partial<
  Record<NotificationChannel, Partial<Record<OptionalTopic, boolean>>>
>;

/**
 * Order updates by email and push, not SMS (which costs the user and us); promotions only for
 * those who ask for them.
 */
export const DEFAULT_NOTIFICATIONS: Readonly<
  Record<NotificationChannel, Readonly<Record<OptionalTopic, boolean>>>
> = {
  EMAIL: { ORDER_UPDATES: true, PROMOTIONS: false },
  SMS: { ORDER_UPDATES: false, PROMOTIONS: false },
  PUSH: { ORDER_UPDATES: true, PROMOTIONS: false },
};

export type NotificationMatrix = Record<NotificationChannel, Record<NotificationTopic, boolean>>;

/** Every channel × topic with the user's choice or the default; security is always on. */
export function notificationMatrix(overrides: NotificationOverrides): NotificationMatrix {
  const matrix = {} as NotificationMatrix;
  for (const channel of NOTIFICATION_CHANNELS) {
    matrix[channel] = {
      ORDER_UPDATES:
        overrides[channel]?.ORDER_UPDATES ?? DEFAULT_NOTIFICATIONS[channel].ORDER_UPDATES,
      PROMOTIONS: overrides[channel]?.PROMOTIONS ?? DEFAULT_NOTIFICATIONS[channel].PROMOTIONS,
      ACCOUNT_SECURITY: true,
    };
  }
  return matrix;
}

export interface NotificationSetting {
  channel: NotificationChannel;
  topic: NotificationTopic;
  enabled: boolean;
}

export interface NotificationChange {
  channel: NotificationChannel;
  topic: OptionalTopic;
  enabled: boolean;
}

export const MAX_NOTIFICATION_SETTINGS = NOTIFICATION_CHANNELS.length * NOTIFICATION_TOPICS.length;

/**
 * The changes to store, or why not: account security cannot be switched off (asking for it on is
 * accepted and changes nothing), and one request names each channel and topic at most once.
 */
export function notificationChanges(
  settings: readonly NotificationSetting[],
): NotificationChange[] | InvalidInput {
  if (settings.length > MAX_NOTIFICATION_SETTINGS) {
    return invalidInput('settings', `at most ${MAX_NOTIFICATION_SETTINGS} settings at once`);
  }
  const seen = new Set<string>();
  const changes: NotificationChange[] = [];
  for (const { channel, topic, enabled } of settings) {
    const key = `${channel}.${topic}`;
    if (seen.has(key)) return invalidInput('settings', `${key} is given twice`);
    seen.add(key);
    if (topic === 'ACCOUNT_SECURITY') {
      if (!enabled) {
        return invalidInput('settings', 'account security notifications cannot be switched off');
      }
      continue;
    }
    changes.push({ channel, topic, enabled });
  }
  return changes;
}
