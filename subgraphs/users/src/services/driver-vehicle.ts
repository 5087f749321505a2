import type { UnitOfWork } from '@dabba/subgraph-kit';
import type { InvalidInput } from '../domain/auth-results';
import { changeVehicle, validateVehicle, type VehicleInput } from '../domain/driver';
import type { DriverProfileSaved, NotADriver } from '../domain/profile-results';
import type { DriverRepository } from '../persistence/driver-repository';
import { publishDriverStatus } from './driver-events';

/** The driver changes vehicle or capacity; dispatch hears of a real change. */
export type UpdateDriverVehicle = (
  driverId: string,
  input: VehicleInput,
) => Promise<DriverProfileSaved | InvalidInput | NotADriver>;

export function makeUpdateDriverVehicle(deps: {
  drivers: DriverRepository;
  unitOfWork: UnitOfWork;
}): UpdateDriverVehicle {
  return async (driverId, input) => {
    const vehicle = validateVehicle(input);
    if ('kind' in vehicle) return vehicle;
    return deps.unitOfWork.run(async (tx) => {
      const profile = await deps.drivers.get(driverId, tx.session);
      if (!profile) return { kind: 'NotADriver' } as const;
      const change = changeVehicle(profile, vehicle, new Date());
      if (change.changed) {
        await deps.drivers.save(change.profile, tx.session);
        publishDriverStatus(tx, change.profile);
      }
      return { kind: 'DriverProfileSaved', profile: change.profile } as const;
    });
  };
}
