import type { OrganizationRole } from '@dabba/subgraph-kit';
import type { ClientSession, Connection, Model } from 'mongoose';
import type { Membership } from '../domain/membership';
import type { TimePosition } from '../domain/position';
import { membershipModel, type MembershipDocument } from './membership-model';
import { findInTimeOrder, type TimeOrder } from './time-order';

function toDomain(doc: MembershipDocument): Membership {
  return {
    id: doc._id,
    organizationId: doc.organizationId,
    userId: doc.userId,
    role: doc.role,
    joinedAt: doc.joinedAt,
  };
}

/** Members in the order they joined. */
const JOINING_ORDER: TimeOrder<MembershipDocument> = { field: 'joinedAt', direction: 1 };

export class MembershipRepository {
  private readonly model: Model<MembershipDocument>;

  constructor(db: Connection) {
    this.model = membershipModel(db);
  }

  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  /** Throws a duplicate-key error (isDuplicateKeyError) when the user is already a member. */
  async insert(membership: Membership, session?: ClientSession): Promise<void> {
    const { id, ...fields } = membership;
    await this.model.create([{ _id: id, ...fields }], { session });
  }

  /** Inserts or replaces the user's membership of the organisation, for demo data. */
  async upsert(membership: Membership, session?: ClientSession): Promise<void> {
    const { id, ...fields } = membership;
    await this.model.replaceOne(
      { organizationId: membership.organizationId, userId: membership.userId },
      { _id: id, ...fields },
      { upsert: true, session },
    );
  }

  async find(
    organizationId: string,
    userId: string,
    session?: ClientSession,
  ): Promise<Membership | null> {
    const doc = await this.model
      .findOne({ organizationId, userId })
      .session(session ?? null)
      .lean<MembershipDocument>();
    return doc ? toDomain(doc) : null;
  }

  /** Every membership of these users (one query), in the order they joined. */
  async findByUsers(userIds: readonly string[], session?: ClientSession): Promise<Membership[]> {
    const docs = await this.model
      .find({ userId: { $in: userIds } })
      .sort({ joinedAt: 1, _id: 1 })
      .session(session ?? null)
      .lean<MembershipDocument[]>();
    return docs.map(toDomain);
  }

  /** Up to `limit` members of the organisation after `after` (exclusive), in joining order. */
  async listAfter(
    organizationId: string,
    after: TimePosition | null,
    limit: number,
  ): Promise<Membership[]> {
    const docs = await findInTimeOrder(this.model, { organizationId }, JOINING_ORDER, after, limit);
    return docs.map(toDomain);
  }

  /**
   * Changes the role if it is still `from`: a concurrent change of the same member makes this one
   * a no-op (false) rather than a lost update.
   */
  async changeRole(
    member: Membership,
    to: OrganizationRole,
    session?: ClientSession,
  ): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: member.id, role: member.role },
      { $set: { role: to } },
      { session },
    );
    return result.modifiedCount === 1;
  }

  /** Deletes the membership if its role is still the one read; false otherwise. */
  async remove(member: Membership, session?: ClientSession): Promise<boolean> {
    const result = await this.model.deleteOne({ _id: member.id, role: member.role }, { session });
    return result.deletedCount === 1;
  }
}
