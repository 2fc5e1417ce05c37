/**
 * One English title at a token: modifiers and a head ("U.S. Deputy Secretary"), coordinated heads
 * ("Chairman and CEO"), and an organisation or domain complement ("of State", "of East West Bank",
 * "to Algeria", "on External Relations").
 */
import { COMPANY_SUFFIXES, PLACES, STOP_CAPS } from './en-lexicon.ts';
import { vietnameseFamilyAt, vietnameseNameAt } from './find-en-persons.ts';
import { FIRST_NAMES } from './first-names.ts';
import type { Token } from './tokenise-english.ts';
import {
  isAcronym,
  isDemonym,
  isDomainWord,
  isHonorific,
  isNameWord,
  isOrgHead,
  isPlace,
  isPolityAbbreviation,
  isTitleHead,
  isTitleModifier,
} from './word-classes.ts';

/** A title as a token range: `[start, end)`; `complement` is where the words after "of"/"to" begin. */
export type TitleRange = { start: number; end: number; complement?: number };

const COMPLEMENT_LINKS = new Set(['of', 'for', 'to', 'on', 'at']);
const INNER_LINKS = new Set(['of', 'for', 'on', 'and', '&', 'de', 'the', 'in']);
// Heads that are titles only with a complement or a modifier: "General Motors", "Head of State".
const WEAK_HEADS = new Set([
  'general',
  'head',
  'member',
  'executive',
  'officer',
  'leader',
  'chief',
  'deputy',
  'manager',
  'founder',
  'delegate',
  'attorney',
  'inspector',
  'agent',
  'attorneys',
]);
// Lower-case words that may open a title even in title-case text: "former President".
const LOWER_OPENERS = new Set(['former', 'acting', 'then', 'then-', 'incoming', 'outgoing', 'interim']);

const POSSESSIVE = new Set(['’s', "'s"]);
const INITIAL = /^\p{Lu}\.$/u;
const LEVELS = new Set(['municipal', 'provincial', 'city', 'district', 'central', 'national', 'local']);
const APPOSITION_END = new Set([',', '.', ';', ')', '—', '–', '\n']);
const ORG_LINKS = new Set(['of', 'for', 'the']);
const isOrgWord = (t: Token): boolean =>
  t.cap && (isOrgHead(t) || isAcronym(t) || isPlace(t) || isDomainWord(t));
const isWordLike = (t: Token | undefined, lower: boolean): boolean => !!t?.word && (t.cap || lower);

/** Parses modifiers and a head from `i`: the index after the last head and whether it is weak alone. */
function parseCore(tokens: Token[], i: number, lower: boolean): { end: number; weak: boolean } | null {
  let j = i;
  const first = tokens[j];
  let mods = 0;
  if (
    first &&
    (isDemonym(first) || isPolityAbbreviation(first) || LOWER_OPENERS.has(first.low)) &&
    !isTitleHead(first)
  ) {
    j++;
  }
  let lastHead = -1;
  for (; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (isHonorific(t)) break;
    // "Joint Chiefs Chairman Gen. …": an abbreviated rank after an office spelt out starts a new title.
    if (
      lastHead >= 0 &&
      lastHead === j - 1 &&
      t.text.endsWith('.') &&
      isTitleHead(t) &&
      !tokens[lastHead]!.text.endsWith('.')
    )
      break;
    // A lower-case head after a capitalised organisation: "Ministry of Foreign Affairs spokesperson".
    if (
      isTitleHead(t) &&
      (isWordLike(t, lower) || (t.word && mods > 0 && lastHead < 0 && !!tokens[j - 1]?.cap))
    )
      lastHead = j;
    else if (isTitleModifier(t) && isWordLike(t, lower)) mods++;
    // "Assistant United States Attorney": a country of two words inside the title.
    else if (lastHead < 0 && t.cap && tokens[j + 1]?.cap && PLACES.has(`${t.low} ${tokens[j + 1]!.low}`)) {
      mods++;
      j++;
    }
    // An organisation named before the head belongs to the title: "FEMA Administrator",
    // "National Assembly Chairman", "Vietnam News Agency President".
    else if (lastHead < 0 && (isOrgWord(t) || (POSSESSIVE.has(t.low) && j > i))) mods++;
    // Once an organisation opened the prefix, any capitalised word continues it: "Bureau of Prisons".
    else if (lastHead < 0 && j > i && t.cap && t.word && isOrgWord(tokens[i]!) && !isHonorific(t)) mods++;
    // "U.S. Agency for International Development (USAID) Administrator": links and a defined acronym
    // inside the organisation before the head.
    else if (lastHead < 0 && j > i && ORG_LINKS.has(t.text) && isOrgWord(tokens[i]!) && tokens[j + 1]?.cap)
      mods++;
    else if (
      lastHead < 0 &&
      j > i &&
      t.text === '(' &&
      isAcronym(tokens[j + 1]) &&
      tokens[j + 2]?.text === ')'
    )
      j += 2;
    else break;
  }
  if (lastHead < 0) return null;
  // Weak only alone: "General Motors" is no title, "Attorney General" is.
  const weak = mods === 0 && lastHead === i && WEAK_HEADS.has(tokens[lastHead]!.low);
  return { end: lastHead + 1, weak };
}

/** True when a capitalised title starts at `i` ("President", "U.S. Ambassador", "Vietnamese Minister"). */
function startsTitle(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return (
    !!t?.cap &&
    // "… and Senate Majority Leader": a body opening the next title counts too.
    (isTitleHead(t) || isTitleModifier(t) || isPolityAbbreviation(t) || isDemonym(t) || isOrgHead(t)) &&
    !!parseCore(tokens, i, false)
  );
}

/** After "of": capitalised words joined by "of", "and", "the", "’s" and a parenthesised acronym. */
function parseComplement(tokens: Token[], k: number): number {
  let end = k;
  let j = k;
  let inList = false;
  while (j < tokens.length) {
    const t = tokens[j]!;
    // "… Affairs Le Hung Viet on December 13": a month or weekday ends the words after a title.
    if (t.word && t.cap && j > k && t.text.length > 3 && STOP_CAPS.has(t.low)) break;
    // "… for Export Enforcement Matthew S. Axelrod and …": a given name before a middle initial starts the
    // name after the title.
    if (j > k && t.word && t.cap && INITIAL.test(tokens[j + 1]?.text ?? '') && tokens[j - 1]!.cap) break;
    // "… of Planning and Investment Nguyen Chi Hoa", "… to Vietnam Theodore Marsh and …": a personal name
    // after the body's name ends the office.
    if (j > k && tokens[j - 1]!.cap && nameStartsAt(tokens, j)) break;
    // "… of Foreign Affairs Pornthip Sangkhachai, …": "Affairs" closes a ministry's name; a capitalised word
    // after it that is no body, domain or place opens the holder's name.
    if (
      j > k &&
      tokens[j - 1]!.low === 'affairs' &&
      t.word &&
      t.cap &&
      !isOrgHead(t) &&
      !isDomainWord(t) &&
      !isPlace(t) &&
      !isTitleHead(t) &&
      !isTitleModifier(t) &&
      tokens[j + 1]?.word &&
      tokens[j + 1]!.cap
    )
      break;
    if (t.word && t.cap && !isHonorific(t)) {
      // A new title after a capitalised word starts a stacked title: "of Defense Sr. Lt. Gen."
      if (
        j > k &&
        tokens[j - 1]!.cap &&
        // A domain that is also a head stays in the complement ("for Global Criminal Justice").
        (isTitleHead(t) || isTitleModifier(t)) &&
        !isDomainWord(t) &&
        !tokens[j - 1]!.text.endsWith("'")
      )
        if (parseCore(tokens, j, false)) break;
      j++;
      end = j;
    } else if (
      t.word &&
      (INNER_LINKS.has(t.low) || (t.low === 'to' && tokens[j - 1]?.low === 'mission')) &&
      j > k
    ) {
      // "… Foreign Affairs Ha Kim Ngoc in Hanoi": a place after "in" is where, not part of the office.
      if (t.low === 'in' && isPlace(tokens[j + 1]) && !isDomainWord(tokens[j - 1])) break;
      // "… Affairs Daniel Kritenbrink and U.S. Ambassador …": "and" before a new title ends a list item.
      if (t.low === 'and' && (startsTitle(tokens, j + 1) || isPolityAbbreviation(tokens[j + 1]))) break;
      // "… and Environment Đặng Quốc Khánh and Hà Nội …": a name closes the office before "and".
      if (t.low === 'and' && j - 3 >= k && vietnameseFamilyAt(tokens, j - 3) && isNameWord(tokens[j - 1]))
        break;
      if (t.low === 'and' && j - 2 >= k && FIRST_NAMES.has(tokens[j - 2]!.low) && isNameWord(tokens[j - 1]))
        break;
      j++;
    } else if (!t.word && (t.text === '’' || t.text === "'" || t.low === '’s' || t.low === "'s") && end === j)
      j++;
    // "the U.S.-ASEAN Business Council": two names joined by a hyphen without spaces.
    else if (
      t.text === '-' &&
      end === j &&
      tokens[j - 1]!.end === t.start &&
      tokens[j + 1]?.start === t.end &&
      tokens[j + 1]!.cap
    )
      j++;
    else if (t.text === '(' && isAcronym(tokens[j + 1]) && tokens[j + 2]?.text === ')' && tokens[j + 3]?.cap)
      j += 3;
    // "Minister of Labour, Invalids and Social Affairs": a body's fields as a comma list.
    else if (t.text === ',' && end === j && j > k && fieldsGoOn(tokens, j + 1, inList)) {
      inList = true;
      j++;
    }
    // "Chief Executive Officer of Pacific Rim Logistics, Inc.": the company's form ends its name.
    else if (t.text === ',' && end === j && j > k && COMPANY_SUFFIXES.has(tokens[j + 1]?.low ?? '')) {
      j += 2;
      end = j;
      break;
    } else break;
  }
  return end;
}

/** A personal name starts at `j`: a Vietnamese one, or a common given name (no place) and a surname. */
function nameStartsAt(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  if (vietnameseNameAt(tokens, j)) return true;
  const next = tokens[j + 1];
  return (
    t.word &&
    FIRST_NAMES.has(t.low) &&
    !isPlace(t) &&
    !!next?.word &&
    next.cap &&
    isNameWord(next) &&
    !isOrgHead(next) &&
    !isDomainWord(next) &&
    !isTitleHead(next)
  );
}

/**
 * After a comma in an office's complement: more fields of the body's name, closed by "and" and a last
 * field ("Labour, Invalids and Social Affairs", "Growth, Energy, and the Environment"), none a body, an
 * office or a personal name ("Secretary of State, Ray Ellison and …", "… Corp., and Howard Brandt").
 * Right after the comma "and" may close only a list already open.
 */
function fieldsGoOn(tokens: Token[], j: number, inList: boolean): boolean {
  let fields = 0;
  for (let k = j; k < tokens.length && k < j + 8; k++) {
    const t = tokens[k]!;
    if (t.word && t.low === 'and') {
      if (fields === 0 && !inList) return false;
      const n = tokens[k + 1]?.low === 'the' ? k + 2 : k + 1;
      const last = tokens[n];
      return (
        !!last?.word &&
        last.cap &&
        !isOrgHead(last) &&
        !isTitleHead(last) &&
        !isHonorific(last) &&
        !nameStartsAt(tokens, n)
      );
    }
    if (t.text === ',') continue;
    if (!t.word || !t.cap || isOrgHead(t) || isTitleHead(t) || STOP_CAPS.has(t.low)) return false;
    if (FIRST_NAMES.has(t.low) || vietnameseFamilyAt(tokens, k)) return false;
    fields++;
  }
  return false;
}

/**
 * Parses one title starting at token `i`.
 * @param lower accept lower-case titles (appositions in news style: "Dominic Ng, chairman of …").
 * @returns the token range, or null when no title starts at `i`.
 */
export function parseTitle(tokens: Token[], i: number, lower = false): TitleRange | null {
  const t = tokens[i];
  if (!t?.word || !(t.cap || lower || LOWER_OPENERS.has(t.low))) return null;
  const core = parseCore(tokens, i, lower);
  if (!core) return null;
  let end = core.end;
  // "Chargé d'Affaires ad interim", "Chargé d’Affaires, a.i.": a diplomat heading a mission without an ambassador.
  if (/^charg[ée]$/.test(tokens[end - 1]?.low ?? '') && /^d['’]affaires$/.test(tokens[end]?.low ?? '')) {
    end++;
    if (tokens[end]?.low === 'ad' && tokens[end + 1]?.low === 'interim') end += 2;
    else if (
      tokens
        .slice(end, end + 4)
        .map((t) => t.text)
        .join('') === 'a.i.'
    )
      end += 4;
  }
  // "Special Agent in Charge": the FBI's and other agencies' head of a field office.
  if (tokens[end - 1]?.low === 'agent' && tokens[end]?.low === 'in' && tokens[end + 1]?.low === 'charge')
    end += 2;
  // "Chairman and CEO": coordinated heads make one title; not "the Secretary and Foreign Minister Wang",
  // where a bare head after a sentence's "The" is a person already named and "and" joins a second one.
  const named = end - i === 1 && tokens[i - 1]?.text === 'The';
  if (tokens[end]?.low === 'and' && !named) {
    // After a lower-case head the next one may be lower case too ("Politburo member and permanent member
    // of …", the Vietnamese news agency's style).
    const lowHead = !tokens[end - 1]!.cap && isTitleHead(tokens[end - 1]);
    const more = parseCore(tokens, end + 1, lower || lowHead);
    if (more) end = more.end;
  }
  const link = tokens[end];
  // "Consul General in Ho Chi Minh City Sarah K. Lindqvist": a consul general's post is in a city.
  const consulIn =
    link?.low === 'in' && tokens[end - 1]?.low === 'general' && tokens[end - 2]?.low === 'consul';
  if (link?.word && !link.cap && (COMPLEMENT_LINKS.has(link.low) || consulIn)) {
    let k = end + 1;
    if (tokens[k]?.low === 'the') k++;
    // "Chairman of the municipal People’s Committee": a lower-case level before the body's name.
    if (LEVELS.has(tokens[k]?.low ?? '') && !tokens[k]!.cap && tokens[k + 1]?.cap) k++;
    const c = parseComplement(tokens, k);
    if (c > k) {
      // In apposition the body's parent after a comma stays in the office ("X, Director General of the
      // Department of International Organizations, Ministry of Foreign Affairs, said"), as the guidelines keep
      // an organisation's hierarchy in one title.
      const up = tokens[c + 1];
      if (lower && tokens[c]?.text === ',' && up?.cap && isOrgHead(up)) {
        const c2 = parseComplement(tokens, c + 1);
        if (c2 > c + 2 && APPOSITION_END.has(tokens[c2]?.text ?? '\n'))
          return { start: i, end: c2, complement: k };
      }
      return { start: i, end: c, complement: k };
    }
    // In apposition a body already named may be "the committee", "the board": lower-case words after
    // "of the" up to the end of the apposition ("Ann Roe, chairman of the committee, said").
    if (lower && k > end + 1) {
      let j = k;
      while (j < k + 3 && tokens[j]?.word && !tokens[j]!.cap) j++;
      if (j > k && APPOSITION_END.has(tokens[j]?.text ?? '\n')) return { start: i, end: j, complement: k };
    }
  }
  return core.weak ? null : { start: i, end };
}
