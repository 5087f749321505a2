import type { InvalidInput } from '../domain/auth-results';
import { notificationChanges, type NotificationSetting } from '../domain/preferences';
import type { ProfileUpdated } from '../domain/profile-results';
import type { ProfileRepository } from '../persistence/profile-repository';

/** Switches the named channel × topic settings on or off; the others stay as they are. */
export type UpdateNotificationPreferences = (
  userId: string,
  settings: readonly NotificationSetting[],
) => Promise<ProfileUpdated | InvalidInput>;

export function makeUpdateNotificationPreferences(
  profiles: ProfileRepository,
): UpdateNotificationPreferences {
  return async (userId, settings) => {
    const changes = notificationChanges(settings);
    if ('kind' in changes) return changes;
    const profile = await profiles.setNotifications(userId, changes, new Date());
    return { kind: 'ProfileUpdated', userId, profile };
  };
}
