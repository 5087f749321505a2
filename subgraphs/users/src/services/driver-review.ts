import type { UnitOfWork } from '@dabba/subgraph-kit';
import { invalidInput, type InvalidInput } from '../domain/auth-results';
import { reviewLicence, type LicenceStatus } from '../domain/driver';
import type { DriverProfileSaved, NotADriver } from '../domain/profile-results';
import type { DriverRepository } from '../persistence/driver-repository';
import { publishDriverStatus } from './driver-events';

/**
 * Support or an admin records their decision on a driver's licence. A driver whose licence is no
 * longer VERIFIED is taken offline; a change of status or availability is announced.
 */
export type ReviewDriverLicence = (
  reviewerId: string,
  driverId: string,
  decision: LicenceStatus,
) => Promise<DriverProfileSaved | InvalidInput | NotADriver>;

export function makeReviewDriverLicence(deps: {
  drivers: DriverRepository;
  unitOfWork: UnitOfWork;
}): ReviewDriverLicence {
  return async (reviewerId, driverId, decision) => {
    if (decision === 'PENDING') {
      return invalidInput('status', 'status must be VERIFIED, REJECTED or EXPIRED');
    }
    return deps.unitOfWork.run(async (tx) => {
      const profile = await deps.drivers.get(driverId, tx.session);
      if (!profile) return { kind: 'NotADriver' } as const;
      const change = reviewLicence(profile, decision, reviewerId, new Date());
      await deps.drivers.save(change.profile, tx.session);
      if (change.changed) publishDriverStatus(tx, change.profile);
      return { kind: 'DriverProfileSaved', profile: change.profile } as const;
    });
  };
}
