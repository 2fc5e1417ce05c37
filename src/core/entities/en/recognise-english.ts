/**
 * The English recogniser: officials with their titles, later short mentions of them ("Polaschik",
 * "Mr. Ng"), other people named with a courtesy title, and organisations, per
 * `../shared/eval/GUIDELINES.md`. Dates come from `findDates`; the composer merges the two.
 */
import { nfcView } from '../dates/nfc-view.ts';
import type { Entity, TitleSpan } from '../types.ts';
import { appointedAt } from './appointment-cues.ts';
import { findEnglishOfficials, type OfficialRange, parseName, surnameAt } from './find-en-officials.ts';
import { findEnglishOrgs } from './find-en-orgs.ts';
import { personsAt } from './find-en-persons.ts';
import { type Token, tokeniseEnglish } from './tokenise-english.ts';
import { isHonorific, isNameWord } from './word-classes.ts';

/** Options for {@link recogniseEnglish}. */
export type RecogniseEnglishOptions = {
  /** The article's date; unused by these rules (dates are found by `findDates`), kept for symmetry. */
  referenceDate?: string;
};

type Mention = OfficialRange & { type: 'official' | 'person' };

const DETERMINERS = new Set(['the', 'a', 'an']);

/**
 * Canonical key of a personal name, the Vietnamese side's scheme (`person:` + NFC, case-folded, spaces
 * folded; diacritics kept, they tell people apart), so one person is tracked alike across languages.
 */
export const personKey = (name: string): string =>
  `person:${name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()}`;

const names = (tokens: Token[], s: number, e: number): string =>
  tokens
    .slice(s, e)
    .map((t) => t.low)
    .join(' ');

/** Honorific mentions ("Mr. Ng"), people found by their place in the sentence, and bare repeats of known names ("Polaschik"), in text order. */
function laterMentions(tokens: Token[], found: Mention[], blocked: Uint8Array): Mention[] {
  const known = new Map<string, Mention['type']>();
  // A full name typed by its own mention only: "Chen Jinping" is not "Xi Jinping" the official.
  const fullNames = new Set(found.map((m) => names(tokens, m.start, m.end)));
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
    const persons = personsAt(tokens, i, blocked);
    if (persons.length > 0) {
      for (const [s, e] of persons) {
        // Put into an office by the sentence ("named X as …", "X, who was appointed …"): an official.
        const official = fullNames.has(names(tokens, s, e)) || appointedAt(tokens, s, e);
        const type = official ? 'official' : 'person';
        out.push({ start: s, end: e, titles: [], type });
        if (!known.has(tokens[e - 1]!.low)) known.set(tokens[e - 1]!.low, type);
      }
      i = persons[persons.length - 1]![1] - 1;
      continue;
    }
    const type = known.get(tokens[i]!.low);
    if (!type || !isNameWord(tokens[i]) || isNameWord(tokens[i - 1]) || isNameWord(tokens[i + 1])) continue;
    // "the Harmon administration", "a Harmon ally": a name used as a modifier is no mention of the person.
    if (DETERMINERS.has(tokens[i - 1]?.low ?? '')) continue;
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
