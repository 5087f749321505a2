import type { UnitOfWork } from '@dabba/subgraph-kit';
import { changeAvailability } from '../domain/driver';
import type { DriverNotVerified, DriverProfileSaved, NotADriver } from '../domain/profile-results';
import type { DriverRepository } from '../persistence/driver-repository';
import { publishDriverStatus } from './driver-events';

/**
 * The driver goes online (only with a VERIFIED licence) or offline. Each real change is
 * announced with users.driver.status_changed.v1, committed with it; asking for the state the
 * driver is already in changes nothing and announces nothing.
 */
export type SetDriverAvailability = (
  driverId: string,
  online: boolean,
) => Promise<DriverProfileSaved | NotADriver | DriverNotVerified>;

export function makeSetDriverAvailability(deps: {
  drivers: DriverRepository;
  unitOfWork: UnitOfWork;
}): SetDriverAvailability {
  return (driverId, online) =>
    deps.unitOfWork.run(async (tx) => {
      const profile = await deps.drivers.get(driverId, tx.session);
      if (!profile) return { kind: 'NotADriver' } as const;
      const change = changeAvailability(profile, online, new Date());
      if ('kind' in change) return change;
      if (change.changed) {
        await deps.drivers.save(change.profile, tx.session);
        publishDriverStatus(tx, change.profile);
      }
      return { kind: 'DriverProfileSaved', profile: change.profile } as const;
    });
}
