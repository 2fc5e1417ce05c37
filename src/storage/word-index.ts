/**
 * Prefix look-up over the search words of many texts: the sorted vocabulary, and per term the texts
 * that hold it. Why: a substring scan of 100,000 annotations' words costs ~80 ms per query word in
 * Chromium (30 M characters, most of them two-byte Vietnamese), while a prefix is a binary search
 * plus the postings of the terms it starts, a few milliseconds even for "ng", which starts most
 * Vietnamese words. Built once per change of the library, off the typing path (see `library-index.ts`).
 */
export class WordIndex {
  private readonly terms: string[];
  private readonly postings: number[][];

  /** @param texts search word strings (see `searchWords`: terms each preceded by a space) */
  constructor(texts: readonly string[]) {
    const byTerm = new Map<string, number[]>();
    texts.forEach((text, i) => {
      // Terms of one text are distinct (see termsOf), so a text is listed once per term.
      for (const term of text.split(' ')) {
        if (term === '') continue;
        const list = byTerm.get(term);
        if (list) list.push(i);
        else byTerm.set(term, [i]);
      }
    });
    this.terms = [...byTerm.keys()].sort();
    this.postings = this.terms.map((t) => byTerm.get(t) as number[]);
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
