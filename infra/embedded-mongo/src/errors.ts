/**
 * MongoDB's server error shape. Every failure the engine or the command layer reports is one of
 * these, so the wire layer can answer `{ ok: 0, errmsg, code, codeName, ... }` exactly as MongoDB 7.
 */
export const ErrorCodes = {
  InternalError: 1,
  BadValue: 2,
  NoSuchKey: 4,
  FailedToParse: 9,
  TypeMismatch: 14,
  InvalidLength: 16,
  IllegalOperation: 20,
  NamespaceNotFound: 26,
  IndexNotFound: 27,
  ConflictingUpdateOperators: 40,
  CursorNotFound: 43,
  NamespaceExists: 48,
  DollarPrefixedFieldName: 52,
  InvalidIdField: 53,
  InvalidOptions: 72,
  InvalidNamespace: 73,
  IndexOptionsConflict: 85,
  IndexKeySpecsConflict: 86,
  WriteConflict: 112,
  CommandNotSupported: 115,
  ConflictingOperationInProgress: 117,
  NoSuchTransaction: 251,
  TransactionTooOld: 225,
  ImmutableField: 66,
  InvalidBSON: 22,
  CommandNotFound: 59,
  Unauthorized: 13,
  MaxTimeMSExpired: 50,
  TransactionCommitted: 256,
  OperationNotSupportedInTransaction: 263,
  UnknownReplWriteConcern: 79,
  UnsatisfiableWriteConcern: 100,
  Location50736: 50736,
  Location50737: 50737,
  Location50738: 50738,
  Location50739: 50739,
  Location50740: 50740,
  Location50741: 50741,
  Location16755: 16755,
  DuplicateKey: 11000,
  BSONObjectTooLarge: 10334,
} as const;

export type ErrorCodeName = keyof typeof ErrorCodes;

export class MongoServerFailure extends Error {
  readonly code: number;
  readonly codeName: string;
  /** Extra fields copied onto the error reply, e.g. keyPattern and keyValue for E11000. */
  readonly extra: Record<string, unknown>;
  readonly errorLabels: string[];

  constructor(
    codeName: ErrorCodeName,
    errmsg: string,
    options: { extra?: Record<string, unknown>; errorLabels?: string[] } = {},
  ) {
    super(errmsg);
    this.name = 'MongoServerFailure';
    this.code = ErrorCodes[codeName];
    this.codeName = codeName;
    this.extra = options.extra ?? {};
    this.errorLabels = options.errorLabels ?? [];
  }

  /** The body of an `{ ok: 0 }` command reply. */
  toReply(): Record<string, unknown> {
    return {
      ok: 0,
      errmsg: this.message,
      code: this.code,
      codeName: this.codeName,
      ...this.extra,
      ...(this.errorLabels.length > 0 ? { errorLabels: this.errorLabels } : {}),
    };
  }
}

export function commandNotSupported(what: string): MongoServerFailure {
  return new MongoServerFailure(
    'CommandNotSupported',
    `${what} is not supported by @dabba/embedded-mongo`,
  );
}
