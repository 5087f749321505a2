import type { ClientSession, Connection, Model } from 'mongoose';
import {
  emptyRating,
  subjectKeyString,
  type Rating,
  type RatingDelta,
  type SubjectKey,
} from '../domain/rating';
import { ratingModel, type RatingDocument } from './rating-model';

function toDomain(doc: RatingDocument): Rating {
  return {
    subject: { kind: doc.kind, id: doc.subjectId },
    count: doc.count,
    sum: doc.sum,
    histogram: [
      doc.stars1 ?? 0,
      doc.stars2 ?? 0,
      doc.stars3 ?? 0,
      doc.stars4 ?? 0,
      doc.stars5 ?? 0,
    ],
  };
}

/** The `$inc` that performs `delta` (domain/rating applyDelta) on a ratings document. */
function increments(delta: RatingDelta): Partial<Record<keyof RatingDocument, number>> {
  return { count: delta.count, sum: delta.sum, [`stars${delta.stars}`]: delta.count };
}

export class RatingRepository {
  private readonly model: Model<RatingDocument>;

  constructor(db: Connection) {
    this.model = ratingModel(db);
  }

  /** Creates the collection (upserts in a transaction cannot) and makes its indexes match. */
  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  /**
   * Applies each change with one atomic `$inc` on its subject's totals, creating them at zero
   * first; in `session`, so the totals move with the review that moves them.
   */
  async apply(
    changes: readonly { subject: SubjectKey; delta: RatingDelta }[],
    session: ClientSession,
  ): Promise<void> {
    if (changes.length === 0) return;
    await this.model.bulkWrite(
      changes.map(({ subject, delta }) => ({
        updateOne: {
          filter: { _id: subjectKeyString(subject) },
          update: {
            $inc: increments(delta),
            $setOnInsert: { kind: subject.kind, subjectId: subject.id },
          },
          upsert: true,
        },
      })),
      { session, ordered: true },
    );
  }

  /** The rating of each subject, in the order asked; zero for a subject nobody rated. */
  async findBySubjects(subjects: readonly SubjectKey[]): Promise<Rating[]> {
    if (subjects.length === 0) return [];
    const docs = await this.model
      .find({ _id: { $in: subjects.map(subjectKeyString) } })
      .lean<RatingDocument[]>();
    const found = new Map(docs.map((doc) => [doc._id, toDomain(doc)]));
    return subjects.map((subject) => found.get(subjectKeyString(subject)) ?? emptyRating(subject));
  }
}
