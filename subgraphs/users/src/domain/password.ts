import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

export const PASSWORD_MIN_LENGTH = 10;
/** Bounds the cost of strength estimation and hashing that one request can cause. */
export const PASSWORD_MAX_LENGTH = 256;
/** zxcvbn's "safely unguessable: moderate protection from offline slow-hash scenario". */
const MIN_SCORE = 3;

const zxcvbn = new ZxcvbnFactory({
  translations: english.translations,
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...english.dictionary },
});

export type PasswordVerdict =
  { ok: true } | { ok: false; tooLong: boolean; message: string; suggestions: string[] };

/**
 * Length first, then guessability; `userInputs` (email, phone, name) count as known to an
 * attacker, so a password built from them is weak.
 */
export function judgePassword(
  password: string,
  userInputs: readonly string[] = [],
): PasswordVerdict {
  const length = [...password].length;
  if (length > PASSWORD_MAX_LENGTH) {
    return {
      ok: false,
      tooLong: true,
      message: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
      suggestions: [],
    };
  }
  const result = zxcvbn.check(password, [...userInputs]);
  if (length < PASSWORD_MIN_LENGTH) {
    return {
      ok: false,
      tooLong: false,
      message: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
      suggestions: result.feedback.suggestions,
    };
  }
  if (result.score < MIN_SCORE) {
    return {
      ok: false,
      tooLong: false,
      message: result.feedback.warning || 'This password is too easy to guess.',
      suggestions: result.feedback.suggestions,
    };
  }
  return { ok: true };
}
