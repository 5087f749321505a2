import { Schema, type Connection, type Model } from 'mongoose';
import {
  LICENCE_STATUSES,
  VEHICLE_TYPES,
  type LicenceStatus,
  type VehicleType,
} from '../domain/driver';

/** A user's driver profile; `_id` is the user's id. */
export interface DriverDocument {
  _id: string;
  vehicleType: VehicleType;
  maxConcurrentOrders: number;
  maxLoadKg: number;
  licenceNumber: string;
  licenceStatus: LicenceStatus;
  licenceReviewedAt: Date | null;
  licenceReviewedBy: string | null;
  online: boolean;
  appliedAt: Date;
  statusChangedAt: Date;
  version: number;
  /**
   * When an admin last took the DRIVER role away. Kept by the repository, not part of the domain
   * profile: the write that sets it is what makes setDriverAvailability conflict with the
   * revocation (see services/driver-availability.ts).
   */
  driverRoleRevokedAt?: Date;
}

const driverSchema = new Schema<DriverDocument>(
  {
    _id: { type: String, required: true },
    vehicleType: { type: String, required: true, enum: VEHICLE_TYPES },
    maxConcurrentOrders: { type: Number, required: true, min: 1 },
    maxLoadKg: { type: Number, required: true, min: 1 },
    licenceNumber: { type: String, required: true },
    licenceStatus: { type: String, required: true, enum: LICENCE_STATUSES },
    licenceReviewedAt: { type: Date, default: null },
    licenceReviewedBy: { type: String, default: null },
    online: { type: Boolean, required: true },
    appliedAt: { type: Date, required: true },
    statusChangedAt: { type: Date, required: true },
    version: { type: Number, required: true, min: 1 },
    driverRoleRevokedAt: { type: Date },
  },
  { collection: 'driver_profiles', versionKey: false },
);

/** Support works through the applications waiting for review, oldest first. */
driverSchema.index({ licenceStatus: 1, appliedAt: 1 }, { name: 'licence_status' });

export function driverModel(db: Connection): Model<DriverDocument> {
  return db.models.DriverProfile ?? db.model<DriverDocument>('DriverProfile', driverSchema);
}
