import { VI_KEY_EXPANSIONS } from '../data/vi-orgs.ts';
import type { ViTokens } from './tokenise-vi.ts';

/**
 * Canonical key of a person (official or not) from the tokens of the name: folded words (lower case,
 * NFC, new-style tones), so "Lê Hải Bình" after "ông" or "Ông" gives one key and diacritics still tell
 * "Bình" from "Binh".
 */
export function personKey(t: ViTokens, start: number, end: number): string {
  return `person:${t.low.slice(start, end).join(' ')}`;
}

/**
 * Canonical key of an organisation from its tokens: folded words with acronyms and abbreviations
 * expanded, so "UBND tỉnh Đắk Lắk" and "Ủy ban nhân dân tỉnh Đắk Lắk" share one.
 */
export function orgKey(t: ViTokens, start: number, end: number): string {
  const words: string[] = [];
  for (let i = start; i < end; i++) {
    const w = t.low[i]!;
    words.push(VI_KEY_EXPANSIONS[w] ?? w);
  }
  return `org:${words.join(' ')}`;
}
