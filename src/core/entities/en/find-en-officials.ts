/**
 * English officials: a name with the titles syntactically attached to it, either before it ("U.S. Deputy
 * Secretary of State Wendy Sherman", stacked "Deputy Minister of Defense Sr. Lt. Gen. Hoang Xuan Chien")
 * or in apposition after a comma or dash ("Dominic Ng, Chairman and CEO of East West Bank, who …").
 * Predicates ("served as Director of …") are not titles: a title needs a name next to it.
 */
import { KNOWN_ORGS, PLACES, STOP_CAPS } from './en-lexicon.ts';
import { listGoesOn } from './find-en-orgs.ts';
import { vietnameseFamilyAt } from './find-en-persons.ts';
import { FIRST_NAMES } from './first-names.ts';
import { parseTitle, type TitleRange } from './parse-title.ts';
import { rankSurnameAt } from './rank-surname.ts';
import type { Token } from './tokenise-english.ts';
import {
  isDomainWord,
  isHonorific,
  isNameWord,
  isOrgHead,
  isPolityAbbreviation,
  isTitleHead,
  isTitleModifier,
  NAME_PARTICLES,
} from './word-classes.ts';

/** An official's mention as token ranges: the name `[start, end)` and its titles. */
export type OfficialRange = { start: number; end: number; titles: TitleRange[] };

const MAX_NAME = 5;
const APPOSITION_MARKS = new Set([',', '-', '–', '—']);

/** "To", "Do", "An": Vietnamese surnames that are English function words when capitalised. */
const isShortStopCap = (t: Token | undefined): boolean =>
  !!t?.cap && t.text.length <= 3 && STOP_CAPS.has(t.low);

/** The end of a personal name starting at `i` (`i` itself when there is none). */
export function parseName(tokens: Token[], i: number): number {
  let j = i;
  let words = 0;
  while (j < tokens.length && words < MAX_NAME) {
    const t = tokens[j]!;
    // Capitalised mid-sentence, a function word after a title is a name ("Gen. To Lam", "Mr. Do Hung").
    // Capitalised mid-name, a short function word is a name word too ("Lê Văn An").
    if (isNameWord(t) || (isShortStopCap(t) && t.low !== 'the' && (words > 0 || isNameWord(tokens[j + 1])))) {
      words++;
      j++;
    } else if (
      words > 0 &&
      t.word &&
      NAME_PARTICLES.has(t.text) &&
      (isNameWord(tokens[j + 1]) ||
        (NAME_PARTICLES.has(tokens[j + 1]?.text ?? '') && isNameWord(tokens[j + 2])))
    )
      j++;
    else break;
  }
  // "President Hotel", "Director Bank": capitalised words running on into an organisation are not a name.
  if (words === 0 || isOrgHead(tokens[j])) return i;
  return suffixEnd(tokens, j);
}

const SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'ii', 'iii', 'iv']);

/** The surname's token in a name `[start, end)`: the last word before any suffix ("Austin" in "… Austin III"). */
export function surnameAt(tokens: Token[], start: number, end: number): number {
  let k = end - 1;
  while (k > start && (SUFFIXES.has(tokens[k]!.low) || tokens[k]!.text === ',')) k--;
  return k;
}

/** "Lloyd J. Austin III", "Charles Q. Brown, Jr.": a generational suffix belongs to the name. */
function suffixEnd(tokens: Token[], j: number): number {
  if (tokens[j]?.word && SUFFIXES.has(tokens[j]!.low) && tokens[j]!.cap) return j + 1;
  if (tokens[j]?.text === ',' && tokens[j + 1]?.cap && SUFFIXES.has(tokens[j + 1]!.low)) return j + 2;
  return j;
}

/** Where a "(D-Md.)" or "(R)" tag ending right before token `c` opens, else `c`. */
function partyTagStart(tokens: Token[], c: number): number {
  if (tokens[c - 1]?.text !== ')') return c;
  for (let k = c - 2; k >= 0 && k >= c - 7; k--) {
    if (tokens[k]!.text === '(') return /^[DRI](?:-|$)/.test(tokens[k + 1]?.text ?? '') ? k : c;
  }
  return c;
}

/** The start of a personal name ending at `end` (exclusive), scanning backwards. */
function nameStartBefore(tokens: Token[], end: number): number {
  let j = end;
  while (j > 0 && end - j < MAX_NAME && isNameWord(tokens[j - 1])) j--;
  return j;
}

/** A pre-nominal title whose complement ran on into the name: "Secretary of State Wendy Sherman". */
function splitTail(tokens: Token[], title: TitleRange): number | null {
  if (title.complement === undefined) return null;
  let j = title.end;
  let suffix = 0;
  if (tokens[j - 1]?.cap && SUFFIXES.has(tokens[j - 1]!.low)) {
    j--;
    suffix = 1;
  }
  while (j > title.complement && isNameWord(tokens[j - 1])) j--;
  if (j < title.end && j - 1 > title.complement && isShortStopCap(tokens[j - 1])) j--;
  let segment = title.complement;
  for (let x = title.complement; x < j; x++) if (!tokens[x]!.cap) segment = x + 1;
  // The complement keeps at least one word, or a whole multi-word place ("to the United Nations").
  const keep = Math.max(1, placeLength(tokens, segment, title.end));
  if (j < segment + keep) j = segment + keep;
  // "… Office for Bombing Prevention", "… of International Organizations": a lone word with a common noun's
  // ending is no surname.
  if (
    title.end - suffix - j === 1 &&
    /(?:tion|sion|ness|ship|ism|ment|ance|ence|ity|ities|ics)s?$/.test(tokens[j]!.low)
  )
    return null;
  return j < title.end - suffix && title.end - j <= 4 + suffix ? j : null;
}

/** Length of a multi-word place or body starting at `i` ("United States", "United Nations"), or 0. */
function placeLength(tokens: Token[], i: number, end: number): number {
  let words = '';
  let best = 0;
  for (let k = i; k < end && k < i + 4; k++) {
    words += (k > i ? ' ' : '') + tokens[k]!.low;
    if (PLACES.has(words) || KNOWN_ORGS.has(words)) best = k - i + 1;
  }
  return best;
}

/** Titles from `i`: stacked without punctuation, or comma-separated (`lower` for appositions). */
function parseChain(tokens: Token[], i: number, lower: boolean): TitleRange[] {
  const chain: TitleRange[] = [];
  let p = i;
  for (;;) {
    const t = parseTitle(tokens, p, lower && chain.length > 0 ? true : lower);
    if (!t) break;
    chain.push(t);
    p = t.end;
    if (parseTitle(tokens, p, false)) continue;
    const next = tokens[p + 1]?.low === 'the' ? p + 2 : p + 1;
    if (tokens[p]?.text === ',' && parseTitle(tokens, next, lower)) p = next;
    else break;
  }
  return chain;
}

/** A name right after the chain, or split off the last title's complement. */
function nameAfter(tokens: Token[], chain: TitleRange[]): { start: number; end: number } | null {
  const last = chain[chain.length - 1]!;
  // "Minister Dr. S. Jaishankar", "Foreign Minister Dato’ Seri Azman Harun": courtesy words between title and
  // name are neither.
  let from = last.end;
  while (isHonorific(tokens[from]) || (tokens[from]?.text === '’' && isHonorific(tokens[from - 1]))) from++;
  const end = parseName(tokens, from);
  if (end > from) return { start: from, end };
  const tail = splitTail(tokens, last);
  if (tail === null) return null;
  const name = { start: tail, end: last.end };
  last.end = tail;
  return name;
}

/**
 * Finds officials in the token stream.
 * @returns mentions in text order; names do not overlap.
 */
export function findEnglishOfficials(tokens: Token[]): OfficialRange[] {
  const out: OfficialRange[] = [];
  const byNameEnd = new Map<number, OfficialRange>();
  // Pre-nominal titles: the title chain is followed by the name.
  for (let i = 0; i < tokens.length; i++) {
    const chain = parseChain(tokens, i, false);
    if (chain.length === 0) {
      const lower = lowerCaseTitleAt(tokens, i) ?? rankSurnameAt(tokens, i);
      if (lower) {
        out.push(lower);
        byNameEnd.set(lower.end, lower);
        i = lower.end - 1;
      }
      continue;
    }
    const name = nameAfter(tokens, chain);
    if (!name) {
      i = chain[0]!.end - 1;
      continue;
    }
    const floor = out[out.length - 1]?.end ?? 0;
    chain[0]!.start = qualifierStart(tokens, chain[0]!.start, floor);
    // "Pentagon Press Secretary Air Force Maj. Gen. X": an office right before the rank is stacked on it.
    const stacked = titleEndingAt(tokens, chain[0]!.start, floor);
    if (stacked) chain.unshift(stacked);
    const o = { ...name, titles: chain };
    out.push(o);
    byNameEnd.set(o.end, o);
    i = name.end - 1;
    // "Assistant U.S. Attorneys Julia Chen and Mark Reynolds": a plural office names two people.
    const head = tokens[chain[chain.length - 1]!.end - 1];
    if (head && /s$/.test(head.low) && isTitleHead(head) && tokens[name.end]?.low === 'and') {
      const second = parseName(tokens, name.end + 1);
      if (second - (name.end + 1) >= 2) {
        const o2 = { start: name.end + 1, end: second, titles: [] };
        out.push(o2);
        byNameEnd.set(o2.end, o2);
        i = second - 1;
      }
    }
  }
  // A statement's signature: the name on a line of its own, the office on the next ("Press Statement¶Jane
  // Doe¶Secretary of State¶Washington, DC").
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i - 1]!.text !== '\n') continue;
    const end = parseName(tokens, i);
    if (end - i < 2 || tokens[end]?.text !== '\n' || out.some((o) => o.start < end && o.end > i)) continue;
    const title = parseTitle(tokens, end + 1, false);
    if (!title || (title.end < tokens.length && tokens[title.end]!.text !== '\n')) continue;
    const o = { start: i, end, titles: [title] };
    out.push(o);
    byNameEnd.set(end, o);
  }
  // Appositions: "Name, Title of Org, …" and "Name - Title".
  for (let c = 1; c < tokens.length; c++) {
    if (tokens[c]!.word || !APPOSITION_MARKS.has(tokens[c]!.text)) continue;
    // "Sen. Jo Doe (D-Md.), chairman of …": a party and state in parentheses between name and title.
    const nameEnd = partyTagStart(tokens, c);
    const start = nameStartBefore(tokens, nameEnd);
    const known = byNameEnd.get(nameEnd);
    const honorific = isHonorific(tokens[start - 1]);
    if (start === nameEnd || (!known && nameEnd - start < 2 && !honorific)) continue;
    if (!known && tokens[start - 1]?.cap && tokens[start - 1]?.word && !honorific) continue;
    const at = tokens[c + 1]?.low === 'the' ? c + 2 : c + 1;
    const chain = parseChain(tokens, at, true);
    if (chain.length === 0) {
      // "…, the top Democrat on the House Appropriations Committee, said": a described seat on a body.
      const seat = seatOnBody(tokens, c + 1);
      if (!seat) continue;
      if (known) known.titles.push(seat);
      else if (nameEnd - start >= 2) out.push({ start, end: nameEnd, titles: [seat] });
      c = seat.end - 1;
      continue;
    }
    // Offices that introduce the next person ("A, Minister of Trade B") are not A's; a lone capitalised
    // word split off the body's name ("… of Allergy and Infectious [Diseases]") is no person.
    const next = nameAfter(
      tokens,
      chain.map((t) => ({ ...t })),
    );
    if (next && (next.end - next.start >= 2 || next.start === chain[chain.length - 1]!.end)) continue;
    if (known) known.titles.push(...chain);
    else out.push({ start, end: nameEnd, titles: chain });
    c = chain[chain.length - 1]!.end - 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

// Words that rank a member within a body: "the top Democrat", "the second-ranking Republican".
const SEAT_RANKS = new Set([
  'top',
  'ranking',
  'second-ranking',
  'third-ranking',
  'highest-ranking',
  'senior',
  'second',
  'third',
  'leading',
  'lone',
  'only',
  'longest-serving',
]);
const SEAT_HEADS = new Set(['democrat', 'republican', 'independent', 'member']);
const SEAT_LINKS = new Set(['on', 'of', 'in']);
// Bodies whose members hold a seat: a committee's or a party leadership's, not a service or a party.
const SEATED_BODIES = new Set([
  'committee',
  'subcommittee',
  'commission',
  'politburo',
  'secretariat',
  'council',
  'caucus',
  'cabinet',
  'board',
  'house',
  'senate',
]);

/**
 * A seat on a body described in apposition after an article: "the top Democrat on the House
 * Appropriations Committee", "a member of the Senate Foreign Relations Committee". The title is the words
 * from the rank (the article dropped) to the body's end, which must close the apposition.
 */
function seatOnBody(tokens: Token[], p: number): TitleRange | null {
  const article = tokens[p]?.low;
  if (article !== 'the' && article !== 'a' && article !== 'an') return null;
  const start = p + 1;
  // "the committee’s ranking member", "the panel’s top Democrat": the body named before, by its noun.
  if (
    article === 'the' &&
    SEATED_NOUNS.has(tokens[start]?.text ?? '') &&
    (tokens[start + 1]?.text === '’s' || tokens[start + 1]?.text === "'s")
  ) {
    let r = start + 2;
    while (r < start + 4 && tokens[r]?.word && !tokens[r]!.cap && SEAT_RANKS.has(tokens[r]!.low)) r++;
    const head = tokens[r];
    if (r === start + 2 || !head?.word || !SEAT_HEADS.has(head.low)) return null;
    if (head.low === 'member' ? head.cap : !head.cap) return null;
    if (!APPOSITION_CLOSERS.has(tokens[r + 1]?.text ?? '\n')) return null;
    return { start, end: r + 1 };
  }
  let h = start;
  while (h < start + 2 && tokens[h]?.word && !tokens[h]!.cap && SEAT_RANKS.has(tokens[h]!.low)) h++;
  const head = tokens[h];
  if (!head?.word || !SEAT_HEADS.has(head.low)) return null;
  // A party member needs a rank ("the top Democrat"); "a Democrat on the committee" is no office.
  if (head.low !== 'member' && h === start) return null;
  if (head.low === 'member' ? head.cap : !head.cap) return null;
  if (!SEAT_LINKS.has(tokens[h + 1]?.low ?? '')) return null;
  const k = tokens[h + 2]?.low === 'the' ? h + 3 : h + 2;
  const end = parseBody(tokens, k);
  if (end === k || !tokens.slice(k, end).some((t) => SEATED_BODIES.has(t.low))) return null;
  if (!APPOSITION_CLOSERS.has(tokens[end]?.text ?? '\n')) return null;
  return { start, end, complement: k };
}

const SEATED_NOUNS = new Set(['committee', 'subcommittee', 'panel', 'commission', 'caucus']);
const APPOSITION_CLOSERS = new Set([',', '.', ';', ')', '—', '–', '\n']);

/** Capitalised words from k joined by "of", "on", "and", "the" (a comma list closed by "and" too). */
function parseBody(tokens: Token[], k: number): number {
  let end = k;
  let j = k;
  while (j < tokens.length && j < k + 16) {
    const t = tokens[j]!;
    if (t.word && t.cap && !STOP_CAPS.has(t.low)) end = ++j;
    else if (j > k && t.word && (t.low === 'of' || t.low === 'on' || t.low === 'and' || t.low === 'the')) j++;
    else if (j > k && t.text === ',' && listGoesOn(tokens, j + 1)) j++;
    else break;
  }
  return end;
}

// Lower-case, these describe anyone ("police officer", "board member"): no office of state.
const NOT_LOWER_HEADS = new Set([
  // "Webb’s attorney, Harold Finch": a private lawyer holds no office.
  'attorney',
  'officer',
  'member',
  'manager',
  'founder',
  'executive',
  'head',
  'leader',
  'delegate',
]);
const PLURAL_POSSESSORS = new Set(['people', 'women', 'workers', 'veterans', 'children', 'farmers']);
const QUALIFIER_LINKS = new Set(['of', 'and', '&']);
const DOCUMENT_WORDS = new Set([
  'remarks',
  'statement',
  'readout',
  'transcript',
  'letter',
  'speech',
  'interview',
  'testimony',
  'message',
  'proclamation',
  'briefing',
]);

/** True when the capitalised words ending before token `end` name a whole body ("United Auto Workers"). */
function closesBody(tokens: Token[], end: number, floor: number): boolean {
  if (isOrgHead(tokens[end - 1])) return true;
  let s = end;
  while (s > floor && s > end - 4 && tokens[s - 1]!.cap && tokens[s - 1]!.word) s--;
  const words = tokens
    .slice(s, end)
    .map((t) => t.low)
    .join(' ');
  return KNOWN_ORGS.has(words);
}

/** A title (with its qualifier) that ends right at token `end`, for stacked titles; else null. */
function titleEndingAt(tokens: Token[], end: number, floor: number): TitleRange | null {
  if (end === 0 || !isTitleHead(tokens[end - 1]) || !tokens[end - 1]!.cap) return null;
  for (let s = end - 1; s >= floor && s >= end - 6; s--) {
    const t = parseTitle(tokens, s, false);
    if (t && t.end === end && !holdsName(tokens, s, end))
      return { ...t, start: qualifierStart(tokens, t.start, floor) };
  }
  return null;
}

/** True when a person's name lies in `[s, e)`: a given name or a Vietnamese family name and two name words. */
function holdsName(tokens: Token[], s: number, e: number): boolean {
  for (let x = s; x + 1 < e; x++) {
    if (!isNameWord(tokens[x]) || !isNameWord(tokens[x + 1])) continue;
    if (FIRST_NAMES.has(tokens[x]!.low)) return true;
    if (x + 2 < e && vietnameseFamilyAt(tokens, x) && isNameWord(tokens[x + 2])) return true;
  }
  return false;
}

/**
 * A place or body written before a title belongs to it: "Indiana Gov.", "Detroit Mayor", "Lockheed Martin
 * Chairman", "Cybersecurity and Infrastructure Security Agency Director". Capitalised words (and links
 * between them) are taken back to a lower-case word, punctuation or the previous official.
 */
function qualifierStart(tokens: Token[], start: number, floor: number): number {
  // "… the Passing of [Former Senator] …": "Former" opens the title; nothing before it qualifies it.
  if (LOWER_TITLE_OPENERS.has(tokens[start]?.low ?? '')) return start;
  let j = start;
  let k = start;
  while (k > floor && k > start - 8) {
    const t = tokens[k - 1]!;
    if (t.word && t.cap && !STOP_CAPS.has(t.low) && !isHonorific(t) && !/^\p{Lu}\.$/u.test(t.text)) {
      // A headline's document word is no place or body: "Remarks of [Vice President] …".
      if (DOCUMENT_WORDS.has(t.low)) break;
      // Another office before this one is a title of its own ("Press Secretary [Air Force Maj. Gen.]").
      if (isTitleHead(t) && !isOrgHead(t) && k < start) break;
      j = --k;
    } else if (
      (t.text === '’s' || t.text === "'s") &&
      PLURAL_POSSESSORS.has(tokens[k - 2]?.low ?? '') &&
      k - 1 > floor &&
      j === k
    ) {
      // "Hà Nội People’s Committee Chairman": a body's possessive inside its name.
      k--;
    } else if (t.word && QUALIFIER_LINKS.has(t.low) && tokens[k - 2]?.cap && k - 1 > floor) {
      // "members of the United Auto Workers and [Detroit Mayor]": a whole body before "and" is its own.
      if (t.low !== 'of' && closesBody(tokens, k - 1, floor)) break;
      // "Trump and [Georgia Gov.]", "Jane Smith and …": a title never reaches across "and" into a name.
      if (t.low !== 'of' && joinsName(tokens, k - 1, floor)) break;
      k--;
    } else break;
  }
  return j;
}

/**
 * True when the "and"/"&" at `link` joins a person to the qualifier `[after, start)` rather than two halves
 * of one body's name ("Health and Human Services Secretary"): the words before the link start with a given
 * name, or no word on either side is a body's (a domain word such as "Security", an organisation head).
 */
function joinsName(tokens: Token[], link: number, floor: number): boolean {
  let s = link;
  while (s > floor && s > link - 4 && tokens[s - 1]!.cap && tokens[s - 1]!.word) s--;
  if (s < link && FIRST_NAMES.has(tokens[s]!.low) && isNameWord(tokens[s + 1])) return true;
  // "… Đặng Quốc Khánh and [Hà Nội People’s Committee Chairman]": a Vietnamese name of three words.
  if (
    link - s === 3 &&
    vietnameseFamilyAt(tokens, s) &&
    isNameWord(tokens[s + 1]) &&
    isNameWord(tokens[s + 2])
  )
    return true;
  if (tokens[link]!.text === '&') return false;
  const bodyWord = (t: Token | undefined) => isDomainWord(t) || isOrgHead(t) || isPolityAbbreviation(t);
  for (let x = s; x < tokens.length && x < link + 8; x++) {
    if (x === link) continue;
    if (!tokens[x]!.cap || !tokens[x]!.word) break;
    if (bodyWord(tokens[x])) return false;
  }
  return true;
}

const CLAUSE_ENDS = new Set([',', '.', ';', '—', '–']);
const LOWER_TITLE_OPENERS = new Set(['former', 'acting', 'then', 'interim', 'incoming', 'outgoing', 'late']);

/** The start of a known body or place of two or three capitalised words ending before `end`, else `end`. */
function knownBefore(tokens: Token[], end: number): number {
  for (let n = 3; n >= 2; n--) {
    if (end - n < 0) continue;
    const run = tokens.slice(end - n, end);
    if (!run.every((t) => t.word && t.cap)) continue;
    const words = run.map((t) => t.low).join(' ');
    if (KNOWN_ORGS.has(words) || PLACES.has(words)) return end - n;
  }
  return end;
}

/**
 * News style writes a title in lower case before a name: "chairman Mike Gallagher", "former New York mayor
 * Rudy Giuliani". The head is a lower-case title noun right before a name of two or more words; place or
 * body words before it and a "former" opener belong to the title.
 * @returns the official, or null.
 */
export function lowerCaseTitleAt(tokens: Token[], i: number): OfficialRange | null {
  const head = tokens[i];
  if (!head?.word || head.cap || !isTitleHead(head) || NOT_LOWER_HEADS.has(head.low)) return null;
  // "the press secretary, Jane Doe, said": the name set off by commas right after the title.
  const commas = tokens[i + 1]?.text === ',';
  const from = commas ? i + 2 : i + 1;
  const end = parseName(tokens, from);
  if (end - from < 2 || (commas && !CLAUSE_ENDS.has(tokens[end]?.text ?? ''))) return null;
  let first = i;
  while (
    first > i - 2 &&
    tokens[first - 1]?.word &&
    !tokens[first - 1]!.cap &&
    isTitleModifier(tokens[first - 1])
  )
    first--;
  let start = first;
  while (
    start > 0 &&
    start > first - 4 &&
    tokens[start - 1]!.cap &&
    tokens[start - 1]!.word &&
    tokens[start - 1]!.low !== 'the' &&
    !isNameWord(tokens[start - 2])
  )
    start--;
  // "the White House press secretary": a known body or place of two or three words.
  const known = knownBefore(tokens, first);
  if (known < start) start = known;
  // Capitalised words before the head must be a place or body, not a sentence start.
  const before = tokens[start - 1];
  if (start < first && !(before?.word && (!before.cap || before.low === 'the'))) start = first;
  if (LOWER_TITLE_OPENERS.has(tokens[start - 1]?.low ?? '')) start--;
  return { start: from, end, titles: [{ start, end: i + 1 }] };
}
