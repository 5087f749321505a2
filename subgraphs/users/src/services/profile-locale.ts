import { UnauthenticatedError } from '@dabba/subgraph-kit';
import { invalidInput, type InvalidInput } from '../domain/auth-results';
import type { ProfileUpdated } from '../domain/profile-results';
import { isLocale, LOCALES } from '../domain/user';
import type { ProfileRepository } from '../persistence/profile-repository';
import type { UserRepository } from '../persistence/user-repository';

/** Sets the language the user reads Dabba and its messages in. */
export type UpdateLocale = (
  userId: string,
  locale: string,
) => Promise<ProfileUpdated | InvalidInput>;

export function makeUpdateLocale(users: UserRepository, profiles: ProfileRepository): UpdateLocale {
  return async (userId, locale) => {
    if (!isLocale(locale))
      return invalidInput('locale', `locale must be one of ${LOCALES.join(', ')}`);
    if (!(await users.setLocale(userId, locale))) throw new UnauthenticatedError('Unknown user');
    return { kind: 'ProfileUpdated', userId, profile: await profiles.get(userId) };
  };
}
