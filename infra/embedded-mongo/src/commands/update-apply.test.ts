import { ObjectId } from 'bson';
import { applyUpdate, upsertDocument, validateUpdate } from './update-apply';

const apply = (doc: Record<string, unknown>, update: Record<string, unknown>, filter = {}) =>
  applyUpdate(doc, update, validateUpdate(update), { filter, inserting: false });

describe('validateUpdate', () => {
  it('classifies operators, replacements and pipelines', () => {
    expect(validateUpdate({ $set: { a: 1 } })).toBe('operators');
    expect(validateUpdate({ a: 1 })).toBe('replacement');
    expect(validateUpdate([{ $set: { a: 1 } }])).toBe('pipeline');
  });

  it('rejects unknown modifiers and conflicting paths with MongoDB codes', () => {
    expect(() => validateUpdate({ $foo: { a: 1 } })).toThrow(expect.objectContaining({ code: 9 }));
    expect(() => validateUpdate({ $set: { a: 1 }, $inc: { a: 1 } })).toThrow(
      expect.objectContaining({
        code: 40,
        message: "Updating the path 'a' would create a conflict at 'a'",
      }),
    );
    expect(() => validateUpdate({ $set: { 'a.b': 1 }, $unset: { a: '' } })).toThrow(
      expect.objectContaining({ code: 40 }),
    );
  });

  it('refuses unsupported pipeline stages loudly', () => {
    expect(() => validateUpdate([{ $match: {} }])).toThrow(expect.objectContaining({ code: 115 }));
  });
});

describe('applyUpdate', () => {
  it('applies operators and reports whether anything changed', () => {
    const result = apply({ _id: 1, n: 1 }, { $inc: { n: 2 } });
    expect(result).toEqual({ doc: { _id: 1, n: 3 }, modified: true });
    expect(apply({ _id: 1, n: 1 }, { $set: { n: 1 } }).modified).toBe(false);
  });

  it('reports $inc on a string and $push onto a non-array as MongoDB does', () => {
    const id = new ObjectId('65a1b2c3d4e5f6a7b8c9d0e1');
    expect(() => apply({ _id: id, x: 'a' }, { $inc: { x: 1 } })).toThrow(
      expect.objectContaining({
        code: 14,
        message: `Cannot apply $inc to a value of non-numeric type. {_id: ObjectId('65a1b2c3d4e5f6a7b8c9d0e1')} has the field 'x' of non-numeric type string`,
      }),
    );
    expect(() => apply({ _id: 1, x: 'a' }, { $push: { x: 1 } })).toThrow(
      expect.objectContaining({
        code: 2,
        message: "The field 'x' must be an array but is of type string in document {_id: 1}",
      }),
    );
  });

  it('keeps _id immutable', () => {
    expect(() => apply({ _id: 1 }, { $set: { _id: 2 } })).toThrow(
      expect.objectContaining({ code: 66 }),
    );
    expect(() => apply({ _id: 1 }, { _id: 2, a: 1 })).toThrow(
      expect.objectContaining({ code: 66 }),
    );
  });

  it('resolves the positional $ from the filter and $[id] from arrayFilters', () => {
    const doc = { _id: 1, items: [{ k: 1 }, { k: 2 }] };
    expect(apply(doc, { $set: { 'items.$.v': 9 } }, { 'items.k': 2 }).doc.items).toEqual([
      { k: 1 },
      { k: 2, v: 9 },
    ]);
    const other = { _id: 1, items: [{ k: 1 }, { k: 2 }] };
    const applied = applyUpdate(other, { $set: { 'items.$[e].v': 1 } }, 'operators', {
      filter: {},
      arrayFilters: [{ 'e.k': 1 }],
      inserting: false,
    });
    expect(applied.doc.items).toEqual([{ k: 1, v: 1 }, { k: 2 }]);
  });

  it('keeps _id first after a replacement', () => {
    expect(Object.keys(apply({ _id: 1, a: 1 }, { b: 2 }).doc)).toEqual(['_id', 'b']);
  });
});

describe('upsertDocument', () => {
  it('seeds the document from filter equalities and $setOnInsert', () => {
    const doc = upsertDocument(
      { sku: 'a', qty: { $gt: 1 }, 'meta.kind': { $eq: 'x' } },
      { $set: { n: 1 }, $setOnInsert: { created: true } },
      'operators',
    );
    expect(doc).toMatchObject({ sku: 'a', meta: { kind: 'x' }, n: 1, created: true });
    expect(doc.qty).toBeUndefined();
    expect(Object.keys(doc)[0]).toBe('_id');
    expect(doc._id).toBeInstanceOf(ObjectId);
  });

  it('takes _id from the filter for replacements', () => {
    expect(upsertDocument({ _id: 5 }, { a: 1 }, 'replacement')).toEqual({ _id: 5, a: 1 });
  });
});
