/**
 * The test payment methods of Stripe's test mode that the simulator knows, and how each behaves
 * when an intent is confirmed with it. Using one creates a fresh `pm_…` PaymentMethod with the
 * same behaviour, as Stripe does.
 */
export type CardBehaviour =
  | { kind: 'succeeds' }
  | { kind: 'declines'; declineCode: string; message: string }
  | { kind: 'requires_authentication' };

export interface TestCard {
  brand: string;
  last4: string;
  behaviour: CardBehaviour;
}

export const TEST_CARDS: Readonly<Record<string, TestCard>> = {
  pm_card_visa: { brand: 'visa', last4: '4242', behaviour: { kind: 'succeeds' } },
  pm_card_mastercard: { brand: 'mastercard', last4: '4444', behaviour: { kind: 'succeeds' } },
  pm_card_chargeDeclined: {
    brand: 'visa',
    last4: '0002',
    behaviour: {
      kind: 'declines',
      declineCode: 'generic_decline',
      message: 'Your card was declined.',
    },
  },
  pm_card_chargeDeclinedInsufficientFunds: {
    brand: 'visa',
    last4: '9995',
    behaviour: {
      kind: 'declines',
      declineCode: 'insufficient_funds',
      message: 'Your card has insufficient funds.',
    },
  },
  pm_card_authenticationRequired: {
    brand: 'visa',
    last4: '3184',
    behaviour: { kind: 'requires_authentication' },
  },
  pm_card_threeDSecure2Required: {
    brand: 'visa',
    last4: '3220',
    behaviour: { kind: 'requires_authentication' },
  },
};
