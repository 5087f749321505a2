import { UnauthenticatedError, type UnitOfWork } from '@dabba/subgraph-kit';
import { invalidInput, type InvalidInput } from '../domain/auth-results';
import type { ContactVerified } from '../domain/profile-results';
import type { OneTimeCodeRepository } from '../persistence/one-time-code-repository';
import type { ProfileRepository } from '../persistence/profile-repository';
import type { UserRepository } from '../persistence/user-repository';
import type { CheckCode, CodeRejected } from './one-time-code-check';
import { CONTACT_CODES, type Contact } from './verification-request';

/**
 * Marks the user's email address or phone number verified with the code sent to it. The code is
 * used up in the transaction that records the verification, so it works once.
 */
export type VerifyContact = (
  userId: string,
  contact: Contact,
  code: string,
) => Promise<ContactVerified | InvalidInput | CodeRejected>;

export function makeVerifyContact(deps: {
  users: UserRepository;
  profiles: ProfileRepository;
  oneTimeCodes: OneTimeCodeRepository;
  checkCode: CheckCode;
  unitOfWork: UnitOfWork;
}): VerifyContact {
  return async (userId, contact, code) => {
    const [user] = await deps.users.findByIds([userId]);
    if (!user) throw new UnauthenticatedError('Unknown user');
    const target = user[contact];
    if (!target) return invalidInput(contact, `the account has no ${contact}`);
    const now = new Date();
    const checked = await deps.checkCode(
      { userId, purpose: CONTACT_CODES[contact].purpose, target },
      code,
      now,
    );
    if (!checked.ok) return checked.result;
    return deps.unitOfWork.run(async (tx) => {
      if (!(await deps.oneTimeCodes.consume(checked.stored, now, tx.session))) {
        return { kind: 'InvalidCode' } as const;
      }
      const field = contact === 'email' ? 'verifiedEmail' : 'verifiedPhone';
      await deps.profiles.setVerifiedContact(userId, field, target, now, tx.session);
      return { kind: 'ContactVerified', userId } as const;
    });
  };
}
