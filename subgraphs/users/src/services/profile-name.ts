import type { InvalidInput } from '../domain/auth-results';
import { validateLocalizedName, type PersonNameInput } from '../domain/profile';
import type { ProfileUpdated } from '../domain/profile-results';
import type { ProfileRepository } from '../persistence/profile-repository';

/** Sets the user's name in English and, optionally, Vietnamese (replacing both). */
export type UpdateName = (
  userId: string,
  input: { en: PersonNameInput; vi?: PersonNameInput | null },
) => Promise<ProfileUpdated | InvalidInput>;

export function makeUpdateName(profiles: ProfileRepository): UpdateName {
  return async (userId, input) => {
    const name = validateLocalizedName(input);
    if ('kind' in name) return name;
    const profile = await profiles.setName(userId, name, new Date());
    return { kind: 'ProfileUpdated', userId, profile };
  };
}
