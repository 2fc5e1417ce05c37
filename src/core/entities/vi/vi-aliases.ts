import type { ViTokens } from './tokenise-vi.ts';
import { VI } from './vi-lexicon.ts';

// An alias in parentheses: one capitalised token ("VSDC", "C03", "Vietcombank").
const ALIAS = /^[\p{Lu}\d][\p{L}\d]{1,14}$/u;
// A brand written in capitals ("FLC", "MB"): at least two capitals, no lower case.
const BRAND = /^\p{Lu}[\p{Lu}\d]{1,9}$/u;
// First words of company names whose capitalised brand is also used alone ("Tập đoàn FLC" → "FLC").
const COMPANY_FIRST = new Set(['công', 'tổng', 'tập', 'ngân', 'chứng', 'ctcp']);
// Before a ticker the brand names a share, not the company ("cổ phiếu FLC", "mã AAT").
const TICKER_CUES = new Set(['phiếu', 'mã']);

/**
 * Organisations named by an alias: the token in parentheses right after an organisation ("Tổng công ty
 * Lưu ký … (VSDC)") and a company's brand in capitals ("Tập đoàn FLC"), at that place and wherever the
 * alias recurs alone. Returns the new token ranges; `orgs` is not changed. Linear in the tokens.
 */
export function aliasOrgs(
  t: ViTokens,
  orgs: ReadonlyArray<readonly [number, number]>,
): Array<[number, number]> {
  const covered = new Uint8Array(t.n);
  for (const [s, e] of orgs) covered.fill(1, s, e);
  const aliases = new Set<string>();
  const out: Array<[number, number]> = [];
  for (const [s, e] of orgs) {
    const last = t.word[e - 1]!;
    if (COMPANY_FIRST.has(t.low[s]!) && e - s >= 2 && BRAND.test(last)) aliases.add(last);
    if (e >= t.n) continue;
    const gap = t.text.slice(t.end[e - 1]!, t.start[e]!);
    if (gap !== ' (' && gap !== '(') continue;
    const w = t.word[e]!;
    if (t.text.charCodeAt(t.end[e]!) !== 41 || !ALIAS.test(w)) continue;
    // Two capitals or a digit ("VSDC", "C03"), or a brand of one long word ("Petrovietnam"), not a name.
    if (!/\p{Lu}.*\p{Lu}|\d/u.test(w) && (w.length < 6 || VI.surnames.has(t.low[e]!))) continue;
    if (VI.places.byFirst.has(t.low[e]!)) continue;
    aliases.add(w);
  }
  if (aliases.size === 0) return out;
  for (let i = 0; i < t.n; i++) {
    if (covered[i] || !aliases.has(t.word[i]!)) continue;
    if (i > 0 && TICKER_CUES.has(t.low[i - 1]!)) continue;
    out.push([i, i + 1]);
  }
  return out;
}

/**
 * An outlet's acronym in a dateline at the start of a paragraph ("(PLO)- ", "(TTXVN) – "), unless it is
 * already among `orgs`. Linear in the tokens.
 */
export function datelineOrgs(
  t: ViTokens,
  orgs: ReadonlyArray<readonly [number, number]>,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < t.n; i++) {
    const s = t.start[i]!;
    if (t.text.charCodeAt(s - 1) !== 40 || (s > 1 && t.text.charCodeAt(s - 2) !== 10)) continue;
    if (!BRAND.test(t.word[i]!) || !/^\)\s?[-–]/.test(t.text.slice(t.end[i]!, t.end[i]! + 3))) continue;
    out.push([i, i + 1]);
  }
  if (out.length === 0) return out;
  const covered = new Uint8Array(t.n);
  for (const [a, b] of orgs) covered.fill(1, a, b);
  return out.filter(([a]) => !covered[a]);
}
