/** Free text customers and support write about reviews: comments and reasons for hiding. */

export const MAX_COMMENT_LENGTH = 1000;
export const MAX_HIDE_REASON_LENGTH = 500;

export type ParsedText<T> = { ok: true; value: T } | { ok: false; message: string };

/** C0 and C1 control characters and DEL, except the line feed that separates paragraphs. */
const CONTROL = /\p{Cc}/u;
/** In a `u` regex, only a surrogate without its pair is a code point of its own. */
const BROKEN_SURROGATE = /\p{Cs}/u;

/**
 * Normalises text (Unicode NFC, CRLF and CR to LF, trimmed) and checks it: no control character
 * but the line feed, no broken surrogate pair, at most `max` characters (code points).
 */
function parseText(text: string, max: number): ParsedText<string> {
  if (BROKEN_SURROGATE.test(text)) return { ok: false, message: 'must be valid Unicode text' };
  const value = text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  if (CONTROL.test(value.replaceAll('\n', ''))) {
    return { ok: false, message: 'must not contain control characters' };
  }
  if ([...value].length > max) return { ok: false, message: `must be at most ${max} characters` };
  return { ok: true, value };
}

/** A review comment: optional, so a blank or missing one is null. */
export function parseComment(comment: string | null | undefined): ParsedText<string | null> {
  if (comment === null || comment === undefined) return { ok: true, value: null };
  const parsed = parseText(comment, MAX_COMMENT_LENGTH);
  if (!parsed.ok) return parsed;
  return { ok: true, value: parsed.value.length === 0 ? null : parsed.value };
}

/** Support's reason for hiding a review: required. */
export function parseHideReason(reason: string): ParsedText<string> {
  const parsed = parseText(reason, MAX_HIDE_REASON_LENGTH);
  if (parsed.ok && parsed.value.length === 0) return { ok: false, message: 'must not be blank' };
  return parsed;
}
