import { ConflictError, type UnitOfWork } from '@dabba/subgraph-kit';
import type { InvalidInput } from '../domain/auth-results';
import {
  applyForDriving,
  isSameApplication,
  type DriverApplicationInput,
  type DriverProfile,
} from '../domain/driver';
import type { DriverProfileExists, DriverProfileSaved } from '../domain/profile-results';
import type { DriverRepository } from '../persistence/driver-repository';
import type { UserRepository } from '../persistence/user-repository';

export const DRIVER_ROLE = 'DRIVER';

/**
 * A signed-in user applies to drive: the profile starts offline with its licence PENDING, and the
 * user gains the DRIVER role (in access tokens issued from then on) in the same transaction. A
 * retry of the same application returns the profile; a different one is DriverProfileExists.
 */
export type ApplyAsDriver = (
  userId: string,
  input: DriverApplicationInput,
) => Promise<DriverProfileSaved | InvalidInput | DriverProfileExists>;

export function makeApplyAsDriver(deps: {
  drivers: DriverRepository;
  users: UserRepository;
  unitOfWork: UnitOfWork;
}): ApplyAsDriver {
  const replay = (existing: DriverProfile, candidate: DriverProfile) =>
    isSameApplication(existing, candidate)
      ? ({ kind: 'DriverProfileSaved', profile: existing } as const)
      : ({ kind: 'DriverProfileExists', profile: existing } as const);

  return async (userId, input) => {
    const candidate = applyForDriving(userId, input, new Date());
    if ('kind' in candidate) return candidate;
    try {
      return await deps.unitOfWork.run(async (tx) => {
        const existing = await deps.drivers.get(userId, tx.session);
        if (existing) return replay(existing, candidate);
        await deps.drivers.insert(candidate, tx.session);
        await deps.users.addRole(userId, DRIVER_ROLE, tx.session);
        return { kind: 'DriverProfileSaved', profile: candidate } as const;
      });
    } catch (error) {
      // A concurrent application won the insert: answer as its retry would be answered.
      const existing = error instanceof ConflictError ? await deps.drivers.get(userId) : null;
      if (!existing) throw error;
      return replay(existing, candidate);
    }
  };
}
