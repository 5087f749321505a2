import type { OrderLine } from './order';
import type { PriceBreakdown } from './pricing';

const BPS = 10_000;

/** `amount × bps / 10 000`, rounded half away from zero, so a refund mirrors a charge exactly. */
function taxOn(amount: number, bps: number): number {
  const magnitude = Math.floor((Math.abs(amount) * bps + BPS / 2) / BPS);
  return amount < 0 ? -magnitude : magnitude;
}

/** How much the goods changed after the store's substitutions and removals (minor units). */
export function goodsDelta(lines: readonly OrderLine[]): number {
  let delta = 0;
  for (const line of lines) {
    if (line.state === 'REMOVED') delta -= line.netTotal;
    if (line.state === 'SUBSTITUTED' && line.proposedSubstitute) {
      delta += line.proposedSubstitute.total - line.netTotal;
    }
  }
  return delta;
}

/**
 * What the customer owes for goods, fees and tax, tip excluded, after substitutions (minor units).
 * Removed lines are refunded at their net total and substituted lines charged the difference, plus
 * the tax on that difference at the quote's rate. Order-wide discounts (promotions, the coupon)
 * are not re-spread over the remaining lines: the customer keeps them as quoted. Never below 0.
 */
export function finalGoodsTotal(pricing: PriceBreakdown, lines: readonly OrderLine[]): number {
  const delta = goodsDelta(lines);
  const total = pricing.total - pricing.tip + delta + taxOn(delta, pricing.taxBps);
  return Math.max(0, total);
}
