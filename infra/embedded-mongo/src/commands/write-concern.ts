import { Long, type Document } from 'bson';
import { ErrorCodes } from '../errors';

function failure(
  codeName: 'UnsatisfiableWriteConcern' | 'UnknownReplWriteConcern',
  errmsg: string,
  writeConcern: Document,
): Document {
  return {
    code: ErrorCodes[codeName],
    codeName,
    errmsg,
    errInfo: {
      writeConcern: {
        w: writeConcern.w,
        wtimeout: writeConcern.wtimeout ?? 0,
        provenance: 'clientSupplied',
      },
    },
  };
}

/**
 * What a single-member replica set answers for a `writeConcern` it cannot satisfy: the command
 * has run, and the reply (still ok: 1) carries a `writeConcernError`. `w` of 0 or 1 and
 * 'majority' are satisfied by this one node; a larger `w` cannot be, and no custom write concern
 * mode (tag set) is configured. Undefined when the write concern is satisfied.
 */
export function writeConcernError(writeConcern: unknown): Document | undefined {
  if (writeConcern === null || typeof writeConcern !== 'object') return undefined;
  const concern = writeConcern as Document;
  const w = Long.isLong(concern.w) ? concern.w.toNumber() : concern.w;
  if (typeof w === 'number' && w > 1)
    return failure('UnsatisfiableWriteConcern', 'Not enough data-bearing nodes', concern);
  if (typeof w === 'string' && w !== 'majority') {
    return failure(
      'UnknownReplWriteConcern',
      `No write concern mode named '${w}' found in replica set configuration`,
      concern,
    );
  }
  return undefined;
}
