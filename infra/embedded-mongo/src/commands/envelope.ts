/**
 * Fields any command may carry besides its own arguments: routing, sessions, transactions,
 * concerns and API versioning. Commands that forward "the rest" of their body skip these.
 */
const ENVELOPE_FIELDS = new Set([
  '$db',
  '$clusterTime',
  '$readPreference',
  'lsid',
  'txnNumber',
  'autocommit',
  'startTransaction',
  'stmtId',
  'stmtIds',
  'writeConcern',
  'readConcern',
  'maxTimeMS',
  'comment',
  'apiVersion',
  'apiStrict',
  'apiDeprecationErrors',
]);

export function isEnvelopeField(field: string): boolean {
  return ENVELOPE_FIELDS.has(field);
}
