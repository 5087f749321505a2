import type { Transaction, UnitOfWork } from '@dabba/subgraph-kit';
import { changeAvailability } from '../domain/driver';
import type { DriverNotVerified, DriverProfileSaved, NotADriver } from '../domain/profile-results';
import type { DriverRepository } from '../persistence/driver-repository';
import type { UserRepository } from '../persistence/user-repository';
import { DRIVER_ROLE } from './driver-apply';
import { publishDriverStatus } from './driver-events';

/**
 * The driver goes online (only with a VERIFIED licence, and only while they still hold the DRIVER
 * role) or offline. Each real change is announced with users.driver.status_changed.v1, committed
 * with it; asking for the state the driver is already in changes nothing and announces nothing.
 */
export type SetDriverAvailability = (
  driverId: string,
  online: boolean,
) => Promise<DriverProfileSaved | NotADriver | DriverNotVerified>;

/** Access tokens carry roles for up to 15 minutes: the role is read again before going online. */
const ROLE_REVOKED: NotADriver = {
  kind: 'NotADriver',
  message: 'You no longer have the DRIVER role, so you cannot go online',
};

/**
 * Within `tx`: the driver's availability as asked, decided by the domain, saved and announced when
 * it changes.
 */
export async function changeDriverAvailability(
  drivers: DriverRepository,
  tx: Transaction,
  driverId: string,
  online: boolean,
): Promise<DriverProfileSaved | NotADriver | DriverNotVerified> {
  const profile = await drivers.get(driverId, tx.session);
  if (!profile) return { kind: 'NotADriver' };
  const change = changeAvailability(profile, online, new Date());
  if ('kind' in change) return change;
  if (change.changed) {
    await drivers.save(change.profile, tx.session);
    publishDriverStatus(tx, change.profile);
  }
  return { kind: 'DriverProfileSaved', profile: change.profile };
}

/**
 * Within the transaction that takes the DRIVER role away: an online driver goes offline (and
 * dispatch is told), and the profile records when the role went. That write is also what keeps a
 * concurrent setDriverAvailability(true), which found the role in its own snapshot, from
 * committing beside it: the two transactions write the same profile, so one of them is rerun on
 * the other's result.
 */
export async function endDriving(
  drivers: DriverRepository,
  tx: Transaction,
  driverId: string,
): Promise<void> {
  const outcome = await changeDriverAvailability(drivers, tx, driverId, false);
  if (outcome.kind === 'NotADriver') return;
  await drivers.markRoleRevoked(driverId, new Date(), tx.session);
}

export function makeSetDriverAvailability(deps: {
  drivers: DriverRepository;
  users: UserRepository;
  unitOfWork: UnitOfWork;
}): SetDriverAvailability {
  return (driverId, online) =>
    deps.unitOfWork.run(async (tx) => {
      if (online && !(await deps.users.hasRole(driverId, DRIVER_ROLE, tx.session))) {
        return ROLE_REVOKED;
      }
      return changeDriverAvailability(deps.drivers, tx, driverId, online);
    });
}
