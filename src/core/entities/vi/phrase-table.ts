import { registerFirstWords } from './first-word-masks.ts';
import { foldPhrase } from './fold-vi.ts';
import { joined, type ViTokens } from './tokenise-vi.ts';

type TrieNode = { end: boolean; next: Map<string, TrieNode> | null };

/**
 * A set of folded multi-word phrases: a word trie for longest-match lookups (no strings built while
 * matching) and, per first word, the phrases themselves.
 */
export type PhraseTable = {
  byFirst: Map<string, Set<string>>;
  root: Map<string, TrieNode>;
  maxWords: number;
  /** This table's bit in {@link ViTokens.first} (0: none, look the first word up). */
  bit: number;
};

/** Builds a table from a `|`-separated list of phrases. */
export function phraseTable(list: string): PhraseTable {
  const byFirst = new Map<string, Set<string>>();
  const root = new Map<string, TrieNode>();
  let maxWords = 1;
  for (const raw of list.split('|')) {
    const phrase = foldPhrase(raw.replace(/\s*-\s*/g, ' - ').replace(/\s*,\s*/g, ' , '));
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
    let level = root;
    let node: TrieNode | undefined;
    for (const w of words) {
      node = level.get(w);
      if (!node) {
        node = { end: false, next: null };
        level.set(w, node);
      }
      if (!node.next) node.next = new Map();
      level = node.next;
    }
    node!.end = true;
  }
  return { byFirst, root, maxWords, bit: registerFirstWords(root) };
}

/**
 * The number of tokens of the longest phrase of `table` starting at token i (0 if none). Words of a
 * phrase must be separated by spaces only; "-" inside a phrase ("Bà Rịa - Vũng Tàu") is matched as a word.
 */
export function matchPhrase(table: PhraseTable, t: ViTokens, i: number): number {
  if (i >= t.n || (table.bit !== 0 && (t.first[i]! & table.bit) === 0)) return 0;
  let node = table.root.get(t.low[i]!);
  if (!node) return 0;
  let best = node.end ? 1 : 0;
  for (let j = i + 1; j < t.n && node.next; j++) {
    if (!joined(t, j - 1)) {
      // "-" and ", " inside a phrase are matched as words ("Bà Rịa - Vũng Tàu", "Bộ Văn hóa, Thể thao …").
      const sep: TrieNode | undefined = hyphenGap(t, j)
        ? node.next.get('-')
        : commaGap(t, j)
          ? node.next.get(',')
          : undefined;
      if (!sep?.next) break;
      node = sep;
    }
    const next: TrieNode | undefined = node.next!.get(t.low[j]!);
    if (!next) break;
    node = next;
    if (node.end) best = j - i + 1;
  }
  return best;
}

/**
 * True when tokens i … i+len-1, separated by plain spaces, are exactly one phrase of `table` (no strings
 * are built: the test for "is this run of words a phrase" in the hot paths).
 */
export function isPhrase(table: PhraseTable, t: ViTokens, i: number, len: number): boolean {
  if (len <= 0 || i < 0 || i + len > t.n) return false;
  if (table.bit !== 0 && (t.first[i]! & table.bit) === 0) return false;
  let node = table.root.get(t.low[i]!);
  for (let j = i + 1; node && j < i + len; j++) {
    if (!joined(t, j - 1)) return false;
    node = node.next?.get(t.low[j]!);
  }
  return node?.end === true;
}

/** A test for "token i opens a phrase of one of `tables`": a bit test when every table has its bit. */
export function opensPhraseOf(tables: PhraseTable[]): (t: ViTokens, i: number) => boolean {
  let mask = 0;
  for (const table of tables) mask = table.bit === 0 || mask === -1 ? -1 : mask | table.bit;
  if (mask !== -1) return (t, i) => i < t.n && (t.first[i]! & mask) !== 0;
  return (t, i) => i < t.n && tables.some((table) => table.root.has(t.low[i]!));
}

function hyphenGap(t: ViTokens, j: number): boolean {
  const a = t.end[j - 1]!;
  const b = t.start[j]!;
  if (b - a === 1) return t.text.charCodeAt(a) === 45;
  return b - a === 3 && t.text.charCodeAt(a + 1) === 45 && t.text.charCodeAt(a) === 32;
}

function commaGap(t: ViTokens, j: number): boolean {
  const a = t.end[j - 1]!;
  return t.start[j]! - a === 2 && t.text.charCodeAt(a) === 44 && t.text.charCodeAt(a + 1) === 32;
}

/** A set of single folded words from a `|`-separated list. */
export function wordSet(list: string): Set<string> {
  return new Set(list.split('|').map((w) => foldPhrase(w)));
}
