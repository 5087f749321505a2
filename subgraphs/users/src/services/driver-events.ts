import type { Transaction } from '@dabba/subgraph-kit';
import { driverStatusChanged, type DriverProfile } from '../domain/driver';

/** Stages users.driver.status_changed.v1 for the profile as it now is, in the same transaction. */
export function publishDriverStatus(tx: Transaction, profile: DriverProfile): void {
  tx.publish({
    type: 'users.driver.status_changed.v1',
    subject: profile.driverId,
    data: driverStatusChanged(profile),
  });
}
