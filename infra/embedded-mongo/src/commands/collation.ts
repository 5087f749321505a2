import type { Document } from 'bson';
import { commandNotSupported } from '../errors';

/** Statement arrays whose elements may carry their own `collation`. */
const STATEMENT_FIELDS = ['updates', 'deletes', 'indexes'];

function isSimple(collation: unknown): boolean {
  if (collation === null || typeof collation !== 'object') return false;
  const keys = Object.keys(collation);
  return keys.length === 1 && (collation as Document).locale === 'simple';
}

/**
 * Collation is not implemented: every comparison is binary. The simple collation
 * (`{ locale: 'simple' }`) is MongoDB's default and means exactly that, so it is accepted and
 * dropped, as MongoDB does not store it on a collection or an index either. Any other collation
 * on a command, one of its statements, an index to create or an explained command is refused.
 */
export function dropSimpleCollations(command: Document): void {
  const holders: Document[] = [command];
  if (command.explain !== null && typeof command.explain === 'object')
    holders.push(command.explain as Document);
  for (const field of STATEMENT_FIELDS) {
    const statements = command[field];
    if (!Array.isArray(statements)) continue;
    for (const statement of statements) {
      if (statement !== null && typeof statement === 'object') holders.push(statement as Document);
    }
  }
  for (const holder of holders) {
    if (holder.collation === undefined) continue;
    if (!isSimple(holder.collation)) throw commandNotSupported('collation (other than simple)');
    delete holder.collation;
  }
}
