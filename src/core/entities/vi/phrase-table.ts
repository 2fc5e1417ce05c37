import { foldPhrase } from './fold-vi.ts';
import { joined, type ViTokens } from './tokenise-vi.ts';

/** A set of folded multi-word phrases indexed by their first word, for longest-match lookups. */
export type PhraseTable = { byFirst: Map<string, Set<string>>; maxWords: number };

/** Builds a table from a `|`-separated list of phrases. */
export function phraseTable(list: string): PhraseTable {
  const byFirst = new Map<string, Set<string>>();
  let maxWords = 1;
  for (const raw of list.split('|')) {
    const phrase = foldPhrase(raw.replace(/\s*-\s*/g, ' - '));
    if (!phrase) continue;
    const words = phrase.split(' ');
    maxWords = Math.max(maxWords, words.length);
    const first = words[0]!;
    let set = byFirst.get(first);
    if (!set) {
      set = new Set();
      byFirst.set(first, set);
    }
    set.add(phrase);
  }
  return { byFirst, maxWords };
}

/**
 * The number of tokens of the longest phrase of `table` starting at token i (0 if none). Words of a
 * phrase must be separated by spaces only; "-" inside a phrase ("Bà Rịa - Vũng Tàu") is matched as a word.
 */
export function matchPhrase(table: PhraseTable, t: ViTokens, i: number): number {
  if (i >= t.n) return 0;
  const set = table.byFirst.get(t.low[i]!);
  if (!set) return 0;
  let best = set.has(t.low[i]!) ? 1 : 0;
  let key = t.low[i]!;
  for (let k = 1; k < table.maxWords && i + k < t.n; k++) {
    const j = i + k;
    const gap = t.text.slice(t.end[j - 1]!, t.start[j]!);
    if (joined(t, j - 1)) key += ` ${t.low[j]!}`;
    else if (gap === ' - ' || gap === '-') key += ` - ${t.low[j]!}`;
    else break;
    if (set.has(key)) best = k + 1;
  }
  return best;
}

/** A set of single folded words from a `|`-separated list. */
export function wordSet(list: string): Set<string> {
  return new Set(list.split('|').map((w) => foldPhrase(w)));
}
