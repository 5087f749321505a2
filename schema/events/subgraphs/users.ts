import { z } from 'zod';
import { id, instant } from '../fields';

const organizationRole = z.enum(['OWNER', 'MANAGER', 'STAFF']);

/** Events the users subgraph publishes. */
export const usersEvents = {
  'users.user.registered.v1': z.object({
    userId: id,
    locale: z.enum(['EN', 'VI']),
  }),
  /**
   * An admin granted or took away a platform role: `roles` is the whole set after the change.
   * The user's access tokens carry it from their next refresh.
   */
  'users.user.roles_changed.v1': z.object({
    userId: id,
    roles: z.array(z.enum(['CUSTOMER', 'DRIVER', 'PARTNER', 'SUPPORT', 'ADMIN'])),
    changedBy: id,
  }),
  /**
   * A driver went online or offline, or their licence status, vehicle or capacity changed: what
   * dispatch needs to offer them orders. `version` grows with each change; drop older ones.
   */
  'users.driver.status_changed.v1': z.object({
    driverId: id,
    online: z.boolean(),
    licenceStatus: z.enum(['PENDING', 'VERIFIED', 'REJECTED', 'EXPIRED']),
    vehicleType: z.enum(['BICYCLE', 'MOTORBIKE', 'CAR', 'VAN']),
    /** Orders carried at once. */
    maxConcurrentOrders: z.number().int().min(1).max(10),
    /** Whole kilograms. */
    maxLoadKg: z.number().int().min(1),
    version: z.number().int().min(1),
    changedAt: instant,
  }),
  /** A partner organisation was created; its creator is its first OWNER (see member_added). */
  'users.organization.created.v1': z.object({
    organizationId: id,
    createdBy: id,
  }),
  /** A user joined an organisation (created it, or accepted an invitation). Tenant: the organisation. */
  'users.organization.member_added.v1': z.object({
    organizationId: id,
    userId: id,
    role: organizationRole,
  }),
  /** A member's role changed. Tenant: the organisation. */
  'users.organization.member_role_changed.v1': z.object({
    organizationId: id,
    userId: id,
    role: organizationRole,
  }),
  /** A member was removed from an organisation. Tenant: the organisation. */
  'users.organization.member_removed.v1': z.object({
    organizationId: id,
    userId: id,
  }),
};
