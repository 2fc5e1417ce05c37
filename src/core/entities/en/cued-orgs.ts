/**
 * Organisations named without a head noun, introduced by a lower-case common noun that says what they are:
 * "the human rights organization Safeguard Defenders", "the think tank Chatham House", "the airline
 * Qantas". The name is the capitalised words right after the cue; once introduced, the same words later in
 * the text ("after the Safeguard Defenders report") are the organisation too.
 */
import { STOP_CAPS } from './en-lexicon.ts';
import type { OrgRange } from './find-en-orgs.ts';
import { FIRST_NAMES } from './first-names.ts';
import type { Token } from './tokenise-english.ts';
import { isHonorific, isNameWord, isTitleHead } from './word-classes.ts';

const CUES = new Set([
  'organization',
  'organisation',
  'group',
  'nonprofit',
  'non-profit',
  'charity',
  'watchdog',
  'firm',
  'company',
  'conglomerate',
  'carrier',
  'airline',
  'automaker',
  'broadcaster',
  'newspaper',
  'outlet',
  'publisher',
  'tank',
  'coalition',
  'network',
  'startup',
  'start-up',
  'insurer',
  'lender',
  'retailer',
  'manufacturer',
  'consultancy',
  'nongovernmental',
]);
const MAX_WORDS = 4;

/** True when token i follows a lower-case noun that introduces an organisation ("the group X"). */
export const afterOrgCue = (tokens: Token[], i: number): boolean => {
  const cue = tokens[i - 1];
  return !!cue?.word && !cue.cap && CUES.has(cue.low);
};

const capWord = (t: Token | undefined, blocked: Uint8Array, taken: Uint8Array, j: number): boolean =>
  !!t?.word &&
  t.cap &&
  !blocked[j] &&
  !taken[j] &&
  !isHonorific(t) &&
  !isTitleHead(t) &&
  !STOP_CAPS.has(t.low);

const keyOf = (tokens: Token[], s: number, e: number): string =>
  tokens
    .slice(s, e)
    .map((t) => t.low)
    .join(' ');

/**
 * Finds cue-introduced organisations and their repeats; marks their tokens in `taken`.
 * @returns ranges in text order.
 */
export function cuedOrgs(tokens: Token[], blocked: Uint8Array, taken: Uint8Array): OrgRange[] {
  const out: OrgRange[] = [];
  const names = new Map<string, number>();
  for (let i = 1; i < tokens.length; i++) {
    if (!afterOrgCue(tokens, i) || !capWord(tokens[i], blocked, taken, i)) continue;
    let e = i + 1;
    while (e < i + MAX_WORDS && capWord(tokens[e], blocked, taken, e)) e++;
    // A longer capitalised run, a person ("the firm John Smith founded") or a lone name word is no name.
    if (capWord(tokens[e], blocked, taken, e) || FIRST_NAMES.has(tokens[i]!.low)) continue;
    if (e - i === 1 && isNameWord(tokens[i]) && tokens[i]!.text.length < 3) continue;
    const key = keyOf(tokens, i, e);
    names.set(key, e - i);
    out.push({ start: i, end: e, key });
    taken.fill(1, i, e);
    i = e - 1;
  }
  if (names.size === 0) return out;
  // Repeats, looked up by their first word.
  const byFirst = new Map<string, Array<[string, number]>>();
  for (const [key, len] of names) {
    const first = key.split(' ')[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), [key, len]]);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !tokens[i]!.cap || capWord(tokens[i - 1], blocked, taken, i - 1)) continue;
    for (const [key, len] of byFirst.get(tokens[i]!.low) ?? []) {
      const e = i + len;
      if (e > tokens.length || keyOf(tokens, i, e) !== key || capWord(tokens[e], blocked, taken, e)) continue;
      let free = true;
      for (let j = i; j < e; j++) if (taken[j] || blocked[j]) free = false;
      if (!free) continue;
      out.push({ start: i, end: e, key });
      taken.fill(1, i, e);
      i = e - 1;
      break;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
