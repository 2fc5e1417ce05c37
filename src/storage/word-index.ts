/**
 * Prefix look-up over the search words of many texts: the sorted vocabulary, and per term the texts
 * that hold it. Why: a substring scan of 100,000 annotations' words costs ~80 ms per query word in
 * Chromium (30 M characters, most of them two-byte Vietnamese), while a prefix is a binary search
 * plus the postings of the terms it starts, a few milliseconds even for "ng", which starts most
 * Vietnamese words. Built once per change of the library, off the typing path (see `library-index.ts`).
 */
export class WordIndex {
  private constructor(
    private readonly terms: readonly string[],
    private readonly postings: readonly number[][],
  ) {}

  /**
   * The index of some texts, built a slice of texts at a time, awaiting `pause` between slices (no long
   * task).
   *
   * @param texts search word strings (see `searchWords`: terms each preceded by a space)
   */
  static async build(
    texts: readonly string[],
    pause: () => Promise<void>,
    slice = WORD_INDEX_SLICE,
  ): Promise<WordIndex> {
    const byTerm = new Map<string, number[]>();
    for (let start = 0; start < texts.length; start += slice) {
      const end = Math.min(texts.length, start + slice);
      for (let i = start; i < end; i++) {
        // Terms of one text are distinct (see termsOf), so a text is listed once per term.
        for (const term of (texts[i] as string).split(' ')) {
          if (term === '') continue;
          const list = byTerm.get(term);
          if (list) list.push(i);
          else byTerm.set(term, [i]);
        }
      }
      await pause();
    }
    const terms = [...byTerm.keys()].sort();
    return new WordIndex(
      terms,
      terms.map((t) => byTerm.get(t) as number[]),
    );
  }

  /** The first position whose term is not below `prefix` (terms sorted by UTF-16 code units). */
  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.terms[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Sets `out[i] = 1` for every text `i` holding a term that starts with `prefix`. */
  mark(prefix: string, out: Uint8Array): void {
    for (let k = this.lowerBound(prefix); k < this.terms.length; k++) {
      if (!(this.terms[k] as string).startsWith(prefix)) break;
      for (const i of this.postings[k] as number[]) out[i] = 1;
    }
  }
}

/** Texts indexed between two pauses of {@link WordIndex.build}: ~10 ms of work in Chromium. */
export const WORD_INDEX_SLICE = 2_000;

/**
 * Sets `out[i] = 1` for every text `i` holding a term that starts with `prefix`, by scanning the texts
 * (terms are each preceded by a space): what {@link WordIndex.mark} answers, without an index, for
 * the queries that come before the index is built (tens of milliseconds per word at 100,000 annotations).
 */
export function scanMark(texts: readonly string[], prefix: string, out: Uint8Array): void {
  const needle = ` ${prefix}`;
  for (let i = 0; i < texts.length; i++) if ((texts[i] as string).includes(needle)) out[i] = 1;
}
