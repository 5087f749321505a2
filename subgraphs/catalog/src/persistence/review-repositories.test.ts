import { ConflictError, closeMongo, connectMongo } from '@dabba/subgraph-kit';
import type { Connection } from 'mongoose';
import { countIn, countOut, type SubjectKey } from '../domain/rating';
import type { Review } from '../domain/review';
import { openReviewPersistence, type ReviewPersistence } from './reviews';

let db: Connection;
let repositories: ReviewPersistence;

const store: SubjectKey = { kind: 'STORE', id: 'sto_1' };
const item: SubjectKey = { kind: 'MENU_ITEM', id: 'itm_1' };

function review(id: string, orderId: string, createdAt: string): Review {
  return {
    id,
    orderId,
    storeId: 'sto_1',
    customerId: 'usr_1',
    storeRating: 4,
    comment: null,
    items: [{ kind: 'MENU_ITEM', itemId: 'itm_1', rating: 5, comment: 'Good' }],
    idempotencyKey: `key-${id}`,
    createdAt: new Date(createdAt),
    hidden: null,
  };
}

beforeAll(async () => {
  db = await connectMongo({ dbName: 'catalog_review_repositories_test' });
  repositories = await openReviewPersistence(db);
});

afterAll(async () => {
  await db.dropDatabase();
  await closeMongo();
});

describe('RatingRepository', () => {
  it('starts a subject at zero and moves it by $inc in a transaction', async () => {
    const { ratings } = repositories;
    await db.transaction((session) =>
      ratings.apply(
        [
          { subject: store, delta: countIn(5) },
          { subject: item, delta: countIn(2) },
        ],
        session,
      ),
    );
    await db.transaction((session) =>
      ratings.apply([{ subject: store, delta: countIn(3) }], session),
    );
    await db.transaction((session) =>
      ratings.apply([{ subject: store, delta: countOut(5) }], session),
    );
    const other: SubjectKey = { kind: 'PRODUCT', id: 'prd_none' };
    expect(await ratings.findBySubjects([item, other, store])).toEqual([
      { subject: item, count: 1, sum: 2, histogram: [0, 1, 0, 0, 0] },
      { subject: other, count: 0, sum: 0, histogram: [0, 0, 0, 0, 0] },
      { subject: store, count: 1, sum: 3, histogram: [0, 0, 1, 0, 0] },
    ]);
  });

  it('leaves the totals untouched when the transaction aborts', async () => {
    const { ratings } = repositories;
    await expect(
      db.transaction(async (session) => {
        await ratings.apply([{ subject: item, delta: countIn(1) }], session);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect((await ratings.findBySubjects([item]))[0]!.count).toBe(1);
  });
});

describe('ReviewRepository', () => {
  it('keeps one review per order', async () => {
    const { reviews } = repositories;
    await db.transaction((session) =>
      reviews.insert(review('rev_a', 'ord_a', '2026-05-01T10:00:00.000Z'), session),
    );
    await expect(
      db.transaction((session) =>
        reviews.insert(review('rev_b', 'ord_a', '2026-05-01T11:00:00.000Z'), session),
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await reviews.findByOrderId('ord_a')).toEqual(
      review('rev_a', 'ord_a', '2026-05-01T10:00:00.000Z'),
    );
  });

  it('lists visible reviews newest first, ids breaking ties, and hides once', async () => {
    const { reviews } = repositories;
    const same = '2026-05-02T10:00:00.000Z';
    for (const [id, at] of [
      ['rev_c', same],
      ['rev_d', same],
      ['rev_e', '2026-05-03T10:00:00.000Z'],
    ] as const) {
      await db.transaction((session) => reviews.insert(review(id, `ord_${id}`, at), session));
    }
    const hidden = { reason: 'spam', hiddenBy: 'usr_support', hiddenAt: new Date() };
    expect(await db.transaction((session) => reviews.hide('rev_d', hidden, session))).toBe(true);
    expect(await db.transaction((session) => reviews.hide('rev_d', hidden, session))).toBe(false);
    expect((await reviews.findById('rev_d'))?.hidden).toEqual(hidden);

    const seen: string[] = [];
    let after: Review | null = null;
    for (;;) {
      const page: Review[] = await reviews.listVisibleByStore('sto_1', after, 1);
      if (page.length === 0) break;
      seen.push(page[0]!.id);
      after = page[0]!;
    }
    expect(seen).toEqual(['rev_e', 'rev_c', 'rev_a']);
  });
});
