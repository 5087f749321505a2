import { BadUserInputError, isCurrency } from '@dabba/subgraph-kit';
import type { JournalEntry } from '../domain/ledger';
import type { AccountBalance } from '../persistence/ledger-repository';
import type { Deps } from './runtime';

export interface LedgerReconciliation {
  currency: string;
  balances: AccountBalance[];
  /** The sum of the balances: zero unless the ledger is broken. */
  total: number;
  entryCount: number;
}

/** Every account's balance in a currency, for support to reconcile with the PSP and payouts. */
export type ReconcileLedger = (currency: string) => Promise<LedgerReconciliation>;
export type GetLedgerEntries = (paymentIds: readonly string[]) => Promise<JournalEntry[]>;

export function makeReconcileLedger(deps: Pick<Deps, 'ledger'>): ReconcileLedger {
  return async (currency) => {
    if (!isCurrency(currency)) {
      throw new BadUserInputError(`${currency} is not an ISO 4217 currency`, {
        argument: 'currency',
      });
    }
    const { balances, entryCount } = await deps.ledger.balances(currency);
    const total = balances.reduce((sum, account) => sum + account.balance, 0);
    return { currency, balances, total, entryCount };
  };
}

export const makeGetLedgerEntries =
  (deps: Pick<Deps, 'ledger'>): GetLedgerEntries =>
  (paymentIds) =>
    deps.ledger.findByPaymentIds(paymentIds);
