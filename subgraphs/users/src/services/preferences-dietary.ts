import type { InvalidInput } from '../domain/auth-results';
import { normalizeDietaryPreferences } from '../domain/preferences';
import type { ProfileUpdated } from '../domain/profile-results';
import type { ProfileRepository } from '../persistence/profile-repository';

/** Replaces the user's dietary preferences with this set. */
export type SetDietaryPreferences = (
  userId: string,
  preferences: readonly string[],
) => Promise<ProfileUpdated | InvalidInput>;

export function makeSetDietaryPreferences(profiles: ProfileRepository): SetDietaryPreferences {
  return async (userId, preferences) => {
    const normalized = normalizeDietaryPreferences(preferences);
    if ('kind' in normalized) return normalized;
    const profile = await profiles.setDietaryPreferences(userId, normalized, new Date());
    return { kind: 'ProfileUpdated', userId, profile };
  };
}
