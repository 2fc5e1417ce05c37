/**
 * A bit per phrase table for the first words of its phrases, so that the tokeniser can record once per
 * distinct word which tables may match there, and a look-up at a token that opens no phrase of a table
 * (nearly every token, for nearly every table) is one bit test instead of a Map look-up.
 *
 * Tables are registered when they are built (at module load); a registration bumps {@link masksVersion},
 * so that word forms cached with older masks are dropped (see word-intern.ts).
 */

const roots: Array<ReadonlyMap<string, unknown>> = [];
let version = 0;

/** Registers the first-word map of a phrase table; returns its bit, or 0 when the bits are used up. */
export function registerFirstWords(root: ReadonlyMap<string, unknown>): number {
  if (roots.length >= 31) return 0;
  roots.push(root);
  version++;
  return 1 << (roots.length - 1);
}

/** The bits of the registered tables having a phrase that starts with the folded word `low`. */
export function firstWordMask(low: string): number {
  let mask = 0;
  for (let b = 0; b < roots.length; b++) if (roots[b]!.has(low)) mask |= 1 << b;
  return mask;
}

/** Changes whenever a table is registered. */
export function masksVersion(): number {
  return version;
}
