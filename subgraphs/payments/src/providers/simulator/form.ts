/** A decoded form value: Stripe's bracket notation (`metadata[payment_id]=…`, `expand[0]=…`). */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

const KEY = /^([^[\]]+)((?:\[[^[\]]*\])*)$/;

/**
 * Decodes a form-encoded body or query string the way Stripe's API reads what its SDKs send:
 * `a[b]=1` is `{ a: { b: '1' } }` and `a[0]=x&a[1]=y` (or `a[]=x`) is `{ a: ['x', 'y'] }`.
 * Keys that do not parse are kept as they are.
 */
export function parseForm(encoded: string): FormObject {
  const root: FormObject = {};
  for (const [rawKey, value] of new URLSearchParams(encoded)) {
    const match = KEY.exec(rawKey);
    const path = match
      ? [match[1]!, ...[...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((part) => part[1]!)]
      : [rawKey];
    assign(root, path, value);
  }
  return root;
}

function assign(target: FormObject | FormValue[], path: string[], value: string): void {
  const [head, ...rest] = path;
  const key = head === '' && Array.isArray(target) ? String(target.length) : head!;
  const slot = target as Record<string, FormValue>;
  if (rest.length === 0) {
    slot[key] = value;
    return;
  }
  const next = rest[0] === '' || /^\d+$/.test(rest[0]!) ? [] : {};
  if (typeof slot[key] !== 'object') slot[key] = next;
  assign(slot[key] as FormObject | FormValue[], rest, value);
}

/** The decoded value at `key` when it is a string, else undefined. */
export function text(form: FormObject, key: string): string | undefined {
  const value = form[key];
  return typeof value === 'string' ? value : undefined;
}

/** The decoded value at `key` as a flat string map (metadata), else an empty map. */
export function stringMap(form: FormObject, key: string): Record<string, string> {
  const value = form[key];
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/** The decoded value at `key` as a list of strings (`expand[]`), else an empty list. */
export function stringList(form: FormObject, key: string): string[] {
  const value = form[key];
  if (typeof value === 'string') return [value];
  if (!value || typeof value !== 'object') return [];
  return Object.values(value).filter((item): item is string => typeof item === 'string');
}
