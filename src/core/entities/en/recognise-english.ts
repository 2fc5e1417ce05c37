/**
 * The English recogniser: officials with their titles, later short mentions of them ("Polaschik",
 * "Mr. Ng"), other people named with a courtesy title, and organisations, per
 * `../shared/eval/GUIDELINES.md`. Dates come from `findDates`; the composer merges the two.
 */
import { nfcView } from '../dates/nfc-view.ts';
import type { Entity, TitleSpan } from '../types.ts';
import { KNOWN_ORGS, PLACES } from './en-lexicon.ts';
import { findEnglishOfficials, type OfficialRange, parseName, surnameAt } from './find-en-officials.ts';
import { findEnglishOrgs } from './find-en-orgs.ts';
import { type Token, tokeniseEnglish } from './tokenise-english.ts';
import { isHonorific, isNameWord } from './word-classes.ts';

/** Options for {@link recogniseEnglish}. */
export type RecogniseEnglishOptions = {
  /** The article's date; unused by these rules (dates are found by `findDates`), kept for symmetry. */
  referenceDate?: string;
};

type Mention = OfficialRange & { type: 'official' | 'person' };

/**
 * Canonical key of a personal name, the Vietnamese side's scheme (`person:` + NFC, case-folded, spaces
 * folded; diacritics kept, they tell people apart), so one person is tracked alike across languages.
 */
export const personKey = (name: string): string =>
  `person:${name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()}`;

const SPEECH = new Set(['said', 'says', 'told', 'added', 'noted', 'stated', 'explained', 'wrote', 'asked']);

/**
 * A person named without office as a speaker or author: "Doreen Bogdan-Martin said", "said Jane Doe",
 * "according to Jane Doe", "By Jane Doe". Two to four name words, so a lone capitalised word is never one.
 * @returns the end of the name, or `i` when there is none.
 */
function speakerAt(tokens: Token[], i: number, blocked: Uint8Array): number {
  if (isNameWord(tokens[i - 1]) || !isNameWord(tokens[i])) return i;
  let end = i;
  while (end < tokens.length && end - i < 4 && isNameWord(tokens[end]) && !blocked[end]) end++;
  if (end - i < 2) return i;
  const words = tokens
    .slice(i, end)
    .map((t) => t.low)
    .join(' ');
  if (PLACES.has(words) || KNOWN_ORGS.has(words)) return i;
  const after = tokens[end]?.text === ',' ? tokens[end + 1] : tokens[end];
  const before = tokens[i - 1];
  const cue =
    (after && SPEECH.has(after.low)) ||
    (before &&
      (SPEECH.has(before.low) ||
        before.low === 'by' ||
        (before.low === 'to' && tokens[i - 2]?.low === 'according')));
  return cue ? end : i;
}

/** Honorific mentions ("Mr. Ng") and bare repeats of known names ("Polaschik"), in text order. */
function laterMentions(tokens: Token[], found: Mention[], blocked: Uint8Array): Mention[] {
  const known = new Map<string, Mention['type']>();
  for (const m of found) {
    const surname = tokens[surnameAt(tokens, m.start, m.end)]!.low;
    known.set(surname, known.get(surname) ?? m.type);
  }
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (blocked[i]) continue;
    if (isHonorific(tokens[i]) && !blocked[i + 1]) {
      const end = parseName(tokens, i + 1);
      if (end > i + 1) {
        const type = known.get(tokens[end - 1]!.low) ?? 'person';
        out.push({ start: i + 1, end, titles: [], type });
        i = end - 1;
      }
      continue;
    }
    const speaker = speakerAt(tokens, i, blocked);
    if (speaker > i) {
      out.push({ start: i, end: speaker, titles: [], type: known.get(tokens[speaker - 1]!.low) ?? 'person' });
      i = speaker - 1;
      continue;
    }
    const type = known.get(tokens[i]!.low);
    if (!type || !isNameWord(tokens[i]) || isNameWord(tokens[i - 1]) || isNameWord(tokens[i + 1])) continue;
    out.push({ start: i, end: i + 1, titles: [], type });
  }
  return out;
}

/** Text set in capitals (a shouted headline, a caps-only page): every word would look like an acronym. */
function mostlyCapitals(tokens: Token[]): boolean {
  let words = 0;
  let upper = 0;
  for (let i = 0; i < tokens.length && words < 2000; i++) {
    const t = tokens[i]!;
    if (!t.word || t.text.length < 2) continue;
    words++;
    if (t.cap && t.text === t.text.toUpperCase()) upper++;
  }
  return upper > words * 0.6;
}

/**
 * Recognises English officials, persons and organisations.
 * @param text any string; NFD input is matched in NFC and offsets still index `text` as given.
 * @returns entities in text order (no dates). Officials carry `titles` with offsets. Never throws.
 */
export function recogniseEnglish(text: string, _opts: RecogniseEnglishOptions = {}): Entity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const view = nfcView(text);
    const tokens = tokeniseEnglish(view.text);
    const blocked = new Uint8Array(tokens.length);
    const mentions: Mention[] = findEnglishOfficials(tokens).map((o) => ({ ...o, type: 'official' }));
    for (const m of mentions) blocked.fill(1, m.start, m.end);
    const later = laterMentions(tokens, mentions, blocked);
    for (const m of later) blocked.fill(1, m.start, m.end);
    mentions.push(...later);

    const at = (t: number) => view.toOriginal(tokens[t]!.start);
    const upTo = (t: number) => view.toOriginal(tokens[t - 1]!.end);
    const slice = (s: number, e: number) => text.slice(at(s), upTo(e));
    // Short mentions share the key of the full name they shorten ("Sherman" → "wendy sherman").
    const fullKeys = new Map<string, string>();
    for (const m of mentions) {
      const surname = tokens[surnameAt(tokens, m.start, m.end)]!.low;
      if (m.end - m.start > 1 && !fullKeys.has(surname))
        fullKeys.set(surname, personKey(slice(m.start, m.end)));
    }

    const out: Entity[] = mentions.map((m) => {
      const name = slice(m.start, m.end);
      const key =
        m.end - m.start === 1 ? (fullKeys.get(tokens[m.start]!.low) ?? personKey(name)) : personKey(name);
      const e: Entity = { type: m.type, start: at(m.start), end: upTo(m.end), text: name, key, lang: 'en' };
      if (m.type === 'official')
        e.titles = m.titles.map(
          (t): TitleSpan => ({ start: at(t.start), end: upTo(t.end), text: slice(t.start, t.end) }),
        );
      return e;
    });
    for (const o of findEnglishOrgs(tokens, blocked, mostlyCapitals(tokens))) {
      out.push({
        type: 'org',
        start: at(o.start),
        end: upTo(o.end),
        text: slice(o.start, o.end),
        key: `org:${o.key}`,
        lang: 'en',
      });
    }
    return out.sort((a, b) => a.start - b.start);
  } catch {
    return [];
  }
}
