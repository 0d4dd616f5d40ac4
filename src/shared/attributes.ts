import { warnOnce } from './warn.js';

/**
 * Reads a whole number from an attribute. Returns `undefined` when the attribute is absent
 * or not a whole number in `[min, max]`; in the second case the embedder gets one warning
 * naming the valid range.
 */
export function wholeNumberAttribute(
  tag: string,
  attribute: string,
  value: string | null | undefined,
  min: number,
  max: number,
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  const n = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  if (n >= min && n <= max) return n;
  warnOnce(
    `${tag}:${attribute}:${value}`,
    `<${tag}>: ${attribute}="${value}" is not valid, so it is ignored. Use a whole number from ${min} to ${max}.`,
  );
  return undefined;
}

/**
 * Reads an attribute that must be one of a fixed list. Returns `fallback` when it is absent,
 * or, with one warning listing the valid values, when it is anything else.
 */
export function choiceAttribute<T extends string>(
  tag: string,
  attribute: string,
  value: string | null | undefined,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === null || value === undefined) return fallback;
  const normalised = value.trim().toLowerCase();
  const match = choices.find((choice) => choice === normalised);
  if (match) return match;
  warnOnce(
    `${tag}:${attribute}:${value}`,
    `<${tag}>: ${attribute}="${value}" is not valid; using "${fallback}". Valid values: ${choices.join(', ')}.`,
  );
  return fallback;
}
