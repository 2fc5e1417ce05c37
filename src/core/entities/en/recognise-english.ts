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
import { FIRST_NAMES } from './first-names.ts';
import { type Token, tokeniseEnglish } from './tokenise-english.ts';
import { isHonorific, isNameWord } from './word-classes.ts';

/** Options for {@link recogniseEnglish}. */
export type RecogniseEnglishOptions = {
  /** The article's date; unused by these rules (dates are found by `findDates`), kept for symmetry. */
  referenceDate?: string;
};

type Mention = OfficialRange & { type: 'official' | 'person' };

const DETERMINERS = new Set(['the', 'a', 'an']);
/** Verbs after a bare family name that make it a mention even at a sentence's start ("Wang said"). */
const REPORTING = new Set('said says told added noted stressed asked replied wrote'.split(' '));
const SENTENCE_END = new Set(['.', '!', '?', '\n', '“', '"', '—']);

/**
 * The first word of a name written family name first ("Wang Yi", "Xi Jinping", "Yoon Suk Yeol"), which
 * later stands alone for the person ("Mr. Wang", "Xi said"): a two- or three-word name without initials
 * whose first word is not an English given name ("Donald Trump" is shortened to "Trump", never "Donald").
 */
function familyNameFirst(tokens: Token[], start: number, end: number): string | null {
  const n = end - start;
  if (n < 2 || n > 3) return null;
  for (let k = start; k < end; k++) if (!tokens[k]!.word || tokens[k]!.text.endsWith('.')) return null;
  const first = tokens[start]!.low;
  return first.length > 1 && !FIRST_NAMES.has(first) ? first : null;
}

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
  const byFamilyName = new Map<string, Mention['type']>();
  for (const m of found) {
    const family = familyNameFirst(tokens, m.start, m.end);
    if (family && !known.has(family)) byFamilyName.set(family, byFamilyName.get(family) ?? m.type);
  }
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (blocked[i]) continue;
    if (isHonorific(tokens[i]) && !blocked[i + 1]) {
      const end = parseName(tokens, i + 1);
      if (end > i + 1) {
        const last = tokens[end - 1]!.low;
        const type =
          known.get(last) ??
          (end === i + 2 ? byFamilyName.get(last) : undefined) ??
          (appointedAt(tokens, i + 1, end) ? 'official' : 'person');
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
        // "The defendant, Li Wei, … Li faces …": a private person's family name written first.
        const family = familyNameFirst(tokens, s, e);
        if (family && !known.has(family) && !byFamilyName.has(family)) byFamilyName.set(family, type);
      }
      i = persons[persons.length - 1]![1] - 1;
      continue;
    }
    const type = known.get(tokens[i]!.low) ?? familyMention(tokens, i, byFamilyName);
    if (!type || !isNameWord(tokens[i]) || isNameWord(tokens[i - 1]) || isNameWord(tokens[i + 1])) continue;
    // "the Harmon administration", "a Harmon ally": a name used as a modifier is no mention of the person.
    if (DETERMINERS.has(tokens[i - 1]?.low ?? '')) continue;
    out.push({ start: i, end: i + 1, titles: [], type });
  }
  return out;
}

/**
 * A bare family name of a known name written family name first, counted as a mention inside a sentence or,
 * at a sentence's start, as the subject of a verb; a capitalised word opening a sentence before anything
 * else is too often something else.
 */
function familyMention(
  tokens: Token[],
  i: number,
  byFamilyName: ReadonlyMap<string, Mention['type']>,
): Mention['type'] | undefined {
  const type = byFamilyName.get(tokens[i]!.low);
  if (!type) return undefined;
  const before = tokens[i - 1];
  const opensSentence = !before || SENTENCE_END.has(before.text);
  // At a sentence's start only as the subject: before a reporting verb or another lower-case word ("Li
  // faces up to 20 years"), not before a capitalised one or punctuation.
  const next = tokens[i + 1];
  const subject = !!next?.word && !next.cap && !DETERMINERS.has(next.low);
  return !opensSentence || REPORTING.has(next?.low ?? '') || subject ? type : undefined;
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

/** International and federal bodies whose acronyms open hyphenated words ("UN-backed", "EU-Japan"). */
const HYPHEN_BODIES = new Set(
  'UN|EU|ASEAN|NATO|WHO|WTO|IMF|APEC|OPEC|IAEA|AU|UNESCO|UNICEF|UNDP|ADB|FBI|CIA|DOJ|DHS|DOD|USAID|NASA|FDA|EPA|GOP|CPV|VNA'.split(
    '|',
  ),
);

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
    // Then family names written first ("Mr. Wang" → "wang yi"), where no surname claims the word.
    for (const m of mentions) {
      const family = familyNameFirst(tokens, m.start, m.end);
      if (family && !fullKeys.has(family)) fullKeys.set(family, personKey(slice(m.start, m.end)));
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
    // "EU-Viet Nam", "UN-backed", "NATO-led": a body's acronym opening a hyphenated word.
    for (const t of tokens) {
      const cut = t.word && t.cap ? t.text.indexOf('-') : -1;
      if (cut < 2 || cut > 6) continue;
      const head = t.text.slice(0, cut);
      if (!/^[A-Z]+$/.test(head) || !HYPHEN_BODIES.has(head)) continue;
      const start = view.toOriginal(t.start);
      out.push({
        type: 'org',
        start,
        end: start + cut,
        text: head,
        key: `org:${head.toLowerCase()}`,
        lang: 'en',
      });
    }
    return out.sort((a, b) => a.start - b.start);
  } catch {
    return [];
  }
}
