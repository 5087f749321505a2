import type { ClientSession, Connection, Model } from 'mongoose';
import type { Invitation, InvitationContact } from '../domain/invitation';
import type { TimePosition } from '../domain/position';
import { invitationModel, type InvitationDocument } from './invitation-model';
import { findInTimeOrder, type TimeOrder } from './time-order';

function toDomain(doc: InvitationDocument): Invitation {
  const { _id, ...fields } = doc;
  return {
    id: _id,
    ...fields,
    email: doc.email ?? null,
    phone: doc.phone ?? null,
    acceptedAt: doc.acceptedAt ?? null,
    acceptedBy: doc.acceptedBy ?? null,
    revokedAt: doc.revokedAt ?? null,
  };
}

/** Not accepted, not revoked, not expired. */
const pending = (now: Date) => ({ acceptedAt: null, revokedAt: null, expiresAt: { $gt: now } });

/** Newest first. */
const NEWEST_FIRST: TimeOrder<InvitationDocument> = { field: 'createdAt', direction: -1 };

export class InvitationRepository {
  private readonly model: Model<InvitationDocument>;

  constructor(db: Connection) {
    this.model = invitationModel(db);
  }

  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  async insert(invitation: Invitation, session?: ClientSession): Promise<void> {
    const { id, ...fields } = invitation;
    await this.model.create([{ _id: id, ...fields }], { session });
  }

  async findByTokenHash(tokenHash: string): Promise<Invitation | null> {
    const doc = await this.model.findOne({ tokenHash }).lean<InvitationDocument>();
    return doc ? toDomain(doc) : null;
  }

  async findByIds(ids: readonly string[]): Promise<Invitation[]> {
    const docs = await this.model.find({ _id: { $in: ids } }).lean<InvitationDocument[]>();
    return docs.map(toDomain);
  }

  /** Up to `limit` of the organisation's pending invitations after `after`, newest first. */
  async listPendingAfter(
    organizationId: string,
    now: Date,
    after: TimePosition | null,
    limit: number,
  ): Promise<Invitation[]> {
    const filter = { organizationId, ...pending(now) };
    const docs = await findInTimeOrder(this.model, filter, NEWEST_FIRST, after, limit);
    return docs.map(toDomain);
  }

  /** Revokes the pending invitations of the organisation to this person (a new one replaces them). */
  async revokePendingTo(
    organizationId: string,
    contact: InvitationContact,
    now: Date,
    session?: ClientSession,
  ): Promise<void> {
    await this.model.updateMany(
      { organizationId, ...contact, ...pending(now) },
      { $set: { revokedAt: now } },
      { session },
    );
  }

  /**
   * Marks the invitation accepted by `userId` if it is still pending, in one conditional update:
   * of two acceptances at once, exactly one gets true.
   */
  async markAccepted(
    id: string,
    userId: string,
    now: Date,
    session?: ClientSession,
  ): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: id, ...pending(now) },
      { $set: { acceptedAt: now, acceptedBy: userId } },
      { session },
    );
    return result.modifiedCount === 1;
  }

  /** Revokes it unless it was accepted or revoked already; returns it as it is after. */
  async revoke(id: string, now: Date): Promise<Invitation | null> {
    await this.model.updateOne(
      { _id: id, acceptedAt: null, revokedAt: null },
      { $set: { revokedAt: now } },
    );
    const [invitation] = await this.findByIds([id]);
    return invitation ?? null;
  }
}
