/**
 * English organisations: capitalised phrases with an organisation head noun ("Foreign Service Institute",
 * "Communist Party of Vietnam’s Commission on External Relations", "Asia-Pacific Economic Cooperation
 * (APEC) Business Advisory Council"), a few bodies named without one ("White House"), and acronyms ("FSI").
 * A country possessive is not part of the name ("Guatemala’s [Public Ministry]"); an organisation's is.
 */
import { cuedOrgs } from './cued-orgs.ts';
import {
  COMPANY_SUFFIXES,
  DOMAIN_WORDS,
  KNOWN_ORGS,
  NOT_ORG_ACRONYMS,
  PLACES,
  STOP_CAPS,
  TITLE_HEADS,
} from './en-lexicon.ts';
import { FIRST_NAMES } from './first-names.ts';
import type { Token } from './tokenise-english.ts';
import {
  isAcronym,
  isDemonym,
  isHonorific,
  isOrgHead,
  isPlace,
  isPolityAbbreviation,
  isTitleHead,
  isTitleModifier,
} from './word-classes.ts';

/** An organisation as a token range `[start, end)` with its canonical key. */
export type OrgRange = { start: number; end: number; key: string };

const LINKS = new Set(['of', 'for', 'on', 'and', '&', 'de', 'the']);
// Nationality adjectives unlikely to be place names ("Hanoi", "Pacific" are not stripped).
const STRICT_DEMONYM = /^\p{Lu}\p{Ll}+(?:ese|ian|ean|ish)$/u;
const FACILITIES = new Set([
  'base',
  'building',
  'hall',
  'street',
  'avenue',
  'road',
  'park',
  'airport',
  'station',
  'bridge',
  'square',
  'plaza',
  'hotel',
  'memorial',
  'stadium',
  'campus',
  'compound',
  'headquarters',
  'auditorium',
  'room',
]);
const PLURAL_POSSESSORS = new Set([
  'people',
  'women',
  'men',
  'children',
  'workers',
  'farmers',
  'veterans',
  'nations',
  'youth',
]);
const POSSESSIVE = new Set(['’s', "'s", '’', "'"]);
const REGIONAL = new Set([
  'european',
  'african',
  'asian',
  'caribbean',
  'pacific',
  'arab',
  'eurasian',
  'nordic',
]);
// "the top Democrat on the [Judiciary Committee]": a party member before a body is no part of it.
const PARTY_MEMBERS = new Set(['democrat', 'democrats', 'republican', 'republicans', 'independent']);
// Seniority words open a title, never an organisation: "a Senior State Department Fellow".
const MEMBER_MODIFIERS = new Set(['senior', 'junior', 'associate']);
const NOT_LEADING = new Set([
  'senior',
  'deputy',
  'vice',
  'assistant',
  'acting',
  'former',
  'principal',
  'associate',
  'junior',
  'then',
  'the',
  'a',
  'an',
]);

export const orgKey = (tokens: Token[], start: number, end: number): string =>
  tokens
    .slice(start, end)
    .map((t) => t.low.replace(/’/g, "'"))
    .join(' ')
    .replace(/^the /, '')
    .replace(/ ('s?)(?= |$)/g, '$1');

// First words of the bodies known by name, so that most spans are ruled out without building a key.
const KNOWN_FIRST = new Set([...KNOWN_ORGS].map((k) => k.split(' ')[0]!.replace(/'s?$/, '')));

/** True when `[s, e)` is a body known by its whole name ({@link KNOWN_ORGS}). */
function knownOrg(tokens: Token[], s: number, e: number): boolean {
  const f = tokens[s]?.low === 'the' && e - s > 1 ? s + 1 : s;
  if (!KNOWN_FIRST.has(tokens[f]?.low.replace(/’/g, "'") ?? '')) return false;
  return KNOWN_ORGS.has(orgKey(tokens, s, e));
}

// Months, weekdays and sentence words end a name: "the Ministry of Trade [on May 5]". "New" before a
// capitalised word opens a place ("New York State Department of …").
const isCapWord = (t: Token | undefined, blocked: Uint8Array, j: number, next?: Token): boolean =>
  !!t?.word &&
  t.cap &&
  !blocked[j] &&
  !isHonorific(t) &&
  (!STOP_CAPS.has(t.low) || (t.low === 'new' && !!next?.word && next.cap && !STOP_CAPS.has(next.low)));

/** An acronym, or a longer one of seven to ten capitals ("COMELEC", "INDOPACOM"), which only a definition makes a body. */
const acronymLike = (t: Token | undefined): boolean =>
  isAcronym(t) || (!!t?.word && /^\p{Lu}{7,10}$/u.test(t.text) && !NOT_ORG_ACRONYMS.has(t.low));

const isCapsWord = (t: Token | undefined): boolean =>
  !!t?.word && t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text);

/** A run of capitals ("MINISTRY OF DEFENSE ON MAY"): a shouted headline, not a name with an acronym. */
function shouted(tokens: Token[], s: number, e: number): boolean {
  let caps = 0;
  for (let j = s; j < e; j++) {
    const t = tokens[j]!;
    if (isCapsWord(t)) caps++;
  }
  return caps > 2;
}

/** True when `[s, e)` names an organisation by itself. */
function isOrgSpan(tokens: Token[], s: number, e: number): boolean {
  if (e <= s) return false;
  if (e - s <= 3 && knownOrg(tokens, s, e)) return true;
  if (e - s === 1) return isAcronym(tokens[s]);
  for (let j = s; j < e; j++) if (isOrgHead(tokens[j])) return true;
  return false;
}

/** Cuts one chain segment down to the organisation in it, or null. */
function trimSegment(tokens: Token[], s: number, e: number): [number, number] | null {
  // An event named after a body is no body; the body inside it is ("[ASEAN] Post-Ministerial Conference").
  if (e - s >= 2 && EVENTS.has(tokens[e - 1]!.low) && (isAcronym(tokens[s]) || knownOrg(tokens, s, s + 1)))
    return [s, s + 1];
  // A body known by its whole name: "Fox News Digital", "Lockheed Martin", "Getty Images".
  if (e - s <= 6 && knownOrg(tokens, s, e)) return [tokens[s]!.low === 'the' ? s + 1 : s, e];
  // Drop a leading title and its link: "Chairman of the [Communist Party …]".
  for (let j = s; j < e; j++) {
    const t = tokens[j]!;
    if ((isTitleWord(t) || PARTY_MEMBERS.has(t.low) || (j > s && t.low === 'and')) && !isOrgHead(t)) continue;
    if (j > s && (t.low === 'of' || t.low === 'to' || t.low === 'for' || t.low === 'on')) {
      s = tokens[j + 1]?.low === 'the' ? j + 2 : j + 1;
    }
    break;
  }
  // "Senior Executives Association": a seniority word before a plural noun names the members.
  const members = (k: number) =>
    MEMBER_MODIFIERS.has(tokens[k]!.low) && /s$/.test(tokens[k + 1]?.low ?? '') && !isOrgHead(tokens[k + 1]);
  // "Justice Department", "General Office", "General Assembly": a title word that opens a body's name.
  const opensBody = (k: number) =>
    isOrgHead(tokens[k + 1]) && (tokens[k]!.low === 'general' || knownOrg(tokens, k, k + 2));
  while (
    s < e &&
    !members(s) &&
    !opensBody(s) &&
    (NOT_LEADING.has(tokens[s]!.low) || (TITLE_HEADS.has(tokens[s]!.low) && !isOrgHead(tokens[s])))
  )
    s++;
  // "Pentagon Press Secretary Air Force": an office inside the run ends what came before it.
  for (let j = s + 1; j < e - 1; j++) {
    const t = tokens[j]!;
    if (!TITLE_HEADS.has(t.low) || isOrgHead(t) || DOMAIN_WORDS.has(t.low) || !tokens[j + 1]!.cap) continue;
    // "UN General Assembly": "General" opens the body's own name.
    if (opensBody(j)) continue;
    if (!isTitleWord(tokens[j + 1]!) && hasHead(tokens, j + 1, e)) s = j + 1;
  }
  // Possessives: keep "Georgetown University’s Institute …", drop "Guatemala’s".
  for (let j = s; j < e; j++) {
    if (!POSSESSIVE.has(tokens[j]!.low)) continue;
    // "People’s Committee", "Women’s Union": a plural noun's possessive is part of the name.
    if (PLURAL_POSSESSORS.has(tokens[j - 1]?.low ?? '') && tokens[j]!.low.endsWith('s')) continue;
    // "U.S. Attorney’s Office", "Inspector General’s Office": an office named after its head's title.
    if (isTitleHead(tokens[j - 1]) && tokens[j + 1]?.low === 'office') continue;
    if (isOrgSpan(tokens, s, j)) {
      if (!hasHead(tokens, j + 1, e)) return [s, j];
    } else s = j + 1;
  }
  // "the Ministry of Health and Vietnamese communities": a people after "and" describes the next noun.
  if (
    e - s > 2 &&
    tokens[e - 2]!.low === 'and' &&
    isDemonym(tokens[e - 1]) &&
    tokens[e]?.word &&
    !tokens[e]!.cap
  )
    e -= 2;
  // Trailing title words and a trailing "(ACR)" are not part of the name: "… Development (USAID) Administrator".
  for (;;) {
    const t = tokens[e - 1];
    if (!t || e <= s) break;
    let run = e;
    while (run > s && isTitleWord(tokens[run - 1]!) && !isOrgHead(tokens[run - 1])) run--;
    const prev = tokens[run - 1];
    // "Federal Bureau of Investigation Deputy Director": a title head after a capitalised name word ends it
    // ("Department of Justice" keeps its complement: "of" stands before it).
    const headLast = TITLE_HEADS.has(t.low) && !DOMAIN_WORDS.has(t.low) && !isOrgHead(t);
    if (
      run < e &&
      run > s &&
      prev &&
      (isOrgHead(prev) || prev.text === ')' || (headLast && prev.cap && isOrgSpan(tokens, s, run)))
    )
      e = run;
    else if (LINKS.has(t.low) || (!t.word && t.text !== ')')) e--;
    else if (t.text === ')' && tokens[e - 3]?.text === '(') e -= 3;
    else break;
  }
  // "Air Force Maj. Gen.", "Army Sgt.": a service named before a rank belongs to the rank.
  const after = tokens[e];
  if (
    after?.text.endsWith('.') &&
    (isTitleHead(after) || isTitleModifier(after)) &&
    /^\p{Lu}/u.test(after.text)
  )
    return null;
  // End at the last head unless a linked complement follows it: "State Department [Fellow]".
  let last = -1;
  for (let j = s; j < e; j++) if (isOrgHead(tokens[j]) || isAcronym(tokens[j])) last = j;
  // "Offutt Air Force Base", "Ministry Building": a facility named after a body is no body.
  for (let j = last + 1; last >= 0 && j < e; j++) {
    if (!FACILITIES.has(tokens[j]!.low)) continue;
    // What the facility belongs to may be a body: "South Court Auditorium of the [White House]".
    let k = j + 1;
    while (k < e && LINKS.has(tokens[k]!.low)) k++;
    return k < e && k > j + 1 ? trimSegment(tokens, k, e) : null;
  }
  if (e <= s) return null;
  // "the Vietnamese Government": a nationality adjective is not part of the name when the rest is one.
  // Continental and regional adjectives stay: "European Parliament", "African Union", "Asian Development Bank".
  if (
    STRICT_DEMONYM.test(tokens[s]!.text) &&
    !REGIONAL.has(tokens[s]!.low) &&
    e - s > 2 &&
    isOrgSpan(tokens, s + 1, e)
  )
    s++;
  // "American Federation of Government Employees", "United Auto Workers": a plural noun after the last
  // head names the members and belongs to the name.
  while (last >= 0 && last + 1 < e && isPluralNoun(tokens[last + 1]!)) last++;
  // "U.S. Embassy Hanoi", "Consulate General Ho Chi Minh City": a mission is named by its city.
  if (last >= 0 && MISSIONS.has(tokens[last]!.low)) {
    if (tokens[last + 1]?.low === 'general' && last + 2 < e) last++;
    const words = tokens
      .slice(last + 1, e)
      .map((t) => t.low)
      .join(' ');
    if (last + 1 < e && PLACES.has(words)) last = e - 1;
  }
  // "Under Secretary of the [Treasury] for Terrorism …": a body known by one word takes no complement.
  if (last === s && last + 1 < e && KNOWN_ORGS.has(tokens[last]!.low) && tokens[last + 1]!.low === 'for')
    e = last + 1;
  if (
    last >= 0 &&
    last + 1 < e &&
    !LINKS.has(tokens[last + 1]!.low) &&
    !tokens[last + 1]!.text.startsWith('(')
  )
    e = last + 1;
  if (e - s === 1 && isOrgHead(tokens[s]) && !KNOWN_ORGS.has(tokens[s]!.low)) return null;
  return isOrgSpan(tokens, s, e) ? [s, e] : null;
}

/**
 * After a comma inside a body's name: more capitalised fields, none a body or an office, closed by "and"
 * ("Committee on Banking, Housing, and Urban Affairs"). Looks ahead at most eight tokens.
 */
export function listGoesOn(tokens: Token[], j: number): boolean {
  for (let k = j; k < tokens.length && k < j + 8; k++) {
    const t = tokens[k]!;
    // "…, and Rep. Michael McCaul": an office after "and" opens the next person, not the list's last field.
    if (t.word && t.low === 'and')
      return (
        !!tokens[k + 1]?.cap &&
        !isOrgHead(tokens[k + 1]) &&
        !isTitleHead(tokens[k + 1]) &&
        !isHonorific(tokens[k + 1])
      );
    if (t.word && t.cap && (isOrgHead(t) || isTitleHead(t) || STOP_CAPS.has(t.low))) return false;
    if (!(t.word && t.cap) && t.text !== ',') return false;
  }
  return false;
}

/** "Employees", "Workers", "Defenders": a capitalised plural that is no title ("Directors"). */
const isPluralNoun = (t: Token): boolean =>
  t.cap && t.word && /[^s']s$/.test(t.low) && !isTitleWord(t) && !isOrgHead(t) && !STOP_CAPS.has(t.low);

/** Title words, plurals included ("Representatives of the Department …"). */
const isTitleWord = (t: Token): boolean =>
  isTitleHead(t) || isTitleModifier(t) || (t.low.endsWith('s') && TITLE_HEADS.has(t.low.slice(0, -1)));

const hasHead = (tokens: Token[], s: number, e: number): boolean => {
  for (let j = s; j < e; j++) if (isOrgHead(tokens[j])) return true;
  return false;
};

/** "Department of Homeland Security and Justice Department", "Boeing and Vietnam Airlines": two bodies. */
function bothBodies(tokens: Token[], s: number, k: number, end: number): boolean {
  const left = trimSegment(tokens, s, k);
  if (!left || left[1] !== k) return false;
  let e = k + 1;
  while (e < end && tokens[e]!.low !== 'and') e++;
  const right = trimSegment(tokens, k + 1, e);
  if (!right) return false;
  // "Department of Health and Human Services": a plural noun that names a field, not a second body,
  // after a body with a complement ("of Health").
  const ofComplement = tokens.slice(s, k).some((t) => t.low === 'of');
  // "… of Health and Human Services Office of Inspector General": the field runs on into a unit.
  const field = tokens.slice(k + 1, Math.min(k + 4, right[1])).some((t) => FIELD_PLURALS.has(t.low));
  return !(ofComplement && right[0] === k + 1 && field);
}

const MISSIONS = new Set(['embassy', 'consulate']);
const LAW_WORDS = new Set(['act', 'bill', 'law', 'amendment']);

/** True when the acronym at `i` opens or sits in a capitalised law's name ("CHIPS and Science Act"). */
function inLawName(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k < i + 7; k++) {
    const t = tokens[k]!;
    if (t.cap && t.word && LAW_WORDS.has(t.low)) return true;
    if (!(t.word && (t.cap || LINKS.has(t.low)))) return false;
  }
  return false;
}
const BUILDINGS = new Set(['pentagon', 'white house', 'kremlin', 'capitol']);
const PLACE_PREPOSITIONS = new Set(['at', 'inside', 'outside', 'near']);

/** "at the Pentagon", "inside the White House": the building where something happens. */
function buildingAsPlace(tokens: Token[], s: number, e: number): boolean {
  const f = tokens[s]?.low === 'the' ? s + 1 : s;
  if (tokens[f - 1]?.low !== 'the' || !PLACE_PREPOSITIONS.has(tokens[f - 2]?.low ?? '')) return false;
  return BUILDINGS.has(orgKey(tokens, f, e));
}
const DATELINE_DASHES = new Set(['—', '–', '-']);
// Events named after a body: "ASEAN Post-Ministerial Conference", "NATO Summit", "APEC Leaders’ Meeting".
const EVENTS = new Set(['conference', 'summit', 'meeting', 'meetings', 'talks', 'dialogue', 'ministerial']);
const FIELD_PLURALS = new Set(['services', 'industries', 'enterprises', 'forces']);

/** "United Auto Workers and Detroit Mayor": a whole body, then a title's qualifier and head. */
function bodyThenTitle(tokens: Token[], s: number, k: number, end: number): boolean {
  if (trimSegment(tokens, s, k)?.[1] !== k) return false;
  for (let j = k + 1; j < end; j++) {
    const t = tokens[j]!;
    if (t.low === 'and') return false;
    // "… and Human Services Office of Inspector General": a body's head comes first, the title is its own.
    if (isOrgHead(t)) return false;
    if (TITLE_HEADS.has(t.low) && !isOrgHead(t) && !DOMAIN_WORDS.has(t.low)) return true;
  }
  return false;
}

/** A month's name or abbreviation, as a token. */
const MONTH_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)$/;

/** Last words of spelled-out acronyms that name a thing or a text, not a body. */
const NOT_BODIES = new Set(
  (
    'act agreement treaty convention framework initiative program programme plan strategy product ' +
    'products equipment index rate report system law bill protocol policy project standard standards zone ' +
    'area vehicle vehicles missile missiles test tax credit number order disease syndrome virus deal'
  ).split(' '),
);

/**
 * Where the capitalised words ending at `end` spell `acronym` by their initials (links such as "and"
 * or "of" skipped, a "U.S." before them kept): their first token, or -1. At least two letters.
 */
function spelledOut(tokens: Token[], from: number, end: number, acronym: string): number {
  const letters = acronym.replace(/[^A-Z]/g, '');
  if (letters.length < 2 || letters.length !== acronym.replace(/[^A-Za-z]/g, '').length) return -1;
  let li = letters.length - 1;
  let start = -1;
  for (let k = end - 1; k >= from && li >= 0; k--) {
    const t = tokens[k]!;
    if (t.word && t.cap && t.text[0] === letters[li]) {
      li--;
      start = k;
    } else if (!(t.word && !t.cap && LINKS.has(t.low) && start >= 0)) return -1;
  }
  if (li >= 0 || start < 0) return -1;
  // "Gross Domestic Product (GDP)", "Free Trade Agreement (FTA)": things, not bodies.
  if (NOT_BODIES.has(tokens[end - 1]!.low)) return -1;
  return start > from && /^U\.?S\.?$/.test(tokens[start - 1]!.text) ? start - 1 : start;
}

/**
 * Finds organisations; `blocked` marks tokens already taken by personal names.
 * @returns ranges in text order; acronyms defined in parentheses share the key of their full name.
 */
export function findEnglishOrgs(tokens: Token[], blocked: Uint8Array, allCaps: boolean): OrgRange[] {
  const out: OrgRange[] = [];
  const defined = new Map<string, string | null>();
  const taken = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapWord(tokens[i], blocked, i, tokens[i + 1])) continue;
    // Grow the chain of capitalised words and the links between them.
    let j = i + 1;
    let end = j;
    // A body's head and its "on"/"of"/"for" seen: its fields may be a comma list.
    let fields = false;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (isCapWord(t, blocked, j, tokens[j + 1])) end = ++j;
      // "the Constituent Assembly on Aug. 9": a link before a month ends the name (a date follows).
      else if (
        ((t.word && LINKS.has(t.low)) || POSSESSIVE.has(t.low)) &&
        !MONTH_WORD.test(tokens[j + 1]?.text ?? '')
      ) {
        if (t.low !== 'and' && t.low !== 'the' && isOrgHead(tokens[j - 1])) fields = true;
        j++;
      } else if (fields && t.text === ',' && end === j && listGoesOn(tokens, j + 1)) j++;
      // "Defense POW/MIA Accounting Agency", "Authority for UXO/Mine Action": two words joined by a slash.
      else if (
        t.text === '/' &&
        end === j &&
        tokens[j - 1]!.end === t.start &&
        t.end === tokens[j + 1]?.start &&
        isCapWord(tokens[j + 1], blocked, j + 1)
      )
        j++;
      else if (
        t.text === '(' &&
        isAcronym(tokens[j + 1]) &&
        tokens[j + 2]?.text === ')' &&
        isCapWord(tokens[j + 3], blocked, j + 3)
      )
        j += 3;
      else break;
    }
    // Split lists: "the Ministry of Defense and the Ministry of Public Security".
    let s = i;
    for (let k = i; k <= end; k++) {
      const t = tokens[k];
      const split =
        k === end ||
        (t?.low === 'and' && (bothBodies(tokens, s, k, end) || bodyThenTitle(tokens, s, k, end))) ||
        (t?.low === 'and' &&
          (tokens[k + 1]?.low === 'the' ||
            isOrgHead(tokens[k - 1]) ||
            (tokens[k - 1]?.low === 'general' && tokens[k - 2]?.low === 'consulate') ||
            // "House Oversight and Government Reform Committee": a body word after "and" starts a second
            // body only when the words before it name one.
            ((isOrgHead(tokens[k + 1]) || isAcronym(tokens[k + 1])) &&
              trimSegment(tokens, s, k)?.[1] === k)));
      if (!split) continue;
      const r = shouted(tokens, s, k) ? null : trimSegment(tokens, s, k);
      // A lone acronym is left to the acronym pass, which knows what the text defined it as; a body's
      // building as a place ("at the Pentagon", "in the White House") is a facility, not the body.
      if (r && !(r[1] - r[0] === 1 && isAcronym(tokens[r[0]])) && !buildingAsPlace(tokens, r[0], r[1])) {
        const key = orgKey(tokens, r[0], r[1]);
        out.push({ start: r[0], end: r[1], key });
        for (let x = r[0]; x < r[1]; x++) taken[x] = 1;
        // "(APEC)" inside a name defines the acronym by the words before it.
        for (let x = r[0]; x < r[1]; x++)
          if (tokens[x]!.text === '(') defined.set(tokens[x + 1]!.text, orgKey(tokens, r[0], x));
      }
      s = k + 1;
    }
    // "Foreign Service Institute (FSI)" defines FSI; "Indo-Pacific Economic Framework (IPEF)" is no body.
    if (tokens[end]?.text === '(' && acronymLike(tokens[end + 1]) && tokens[end + 2]?.text === ')') {
      const last = out[out.length - 1];
      // "INDIANAPOLIS (AP) —", "Hà Nội (VNA) –": after a dateline the parenthesis names the agency.
      const dateline =
        tokens.slice(i, end).every((t) => isCapsWord(t)) ||
        ((i === 0 || tokens[i - 1]!.text === '\n') && DATELINE_DASHES.has(tokens[end + 3]?.text ?? ''));
      const acronym = tokens[end + 1]!.text;
      const by = !dateline && !(last && last.end === end) ? spelledOut(tokens, i, end, acronym) : -1;
      if (by >= 0) {
        // "U.S. Customs and Border Protection (CBP)": words whose initials spell the acronym name a body,
        // head noun or not.
        const key = orgKey(tokens, by, end);
        out.push({ start: by, end, key });
        for (let x = by; x < end; x++) taken[x] = 1;
        defined.set(acronym, key);
      } else if (!dateline) defined.set(acronym, last && last.end === end ? last.key : null);
    }
    i = end - 1;
  }
  if (!allCaps) out.push(...cuedOrgs(tokens, blocked, taken));
  if (!allCaps) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // "G20", "G-7": known bodies whose names carry a digit.
      const numbered = /\d/.test(t.text) && KNOWN_ORGS.has(t.low);
      // A long acronym counts once the text defined it after a body ("Commission on Elections (COMELEC)").
      const definedLong = acronymLike(t) && typeof defined.get(t.text) === 'string';
      if (
        taken[i] ||
        blocked[i] ||
        !(isAcronym(t) || numbered || definedLong) ||
        (isCapsWord(tokens[i - 1]) && !isPolityAbbreviation(tokens[i - 1])) ||
        isCapsWord(tokens[i + 1])
      )
        continue;
      // "the CHIPS and Science Act": an acronym inside a law's name names no body.
      if (inLawName(tokens, i)) continue;
      // "MIAMI — A man was …": a dateline's city in capitals at the start of a line.
      if ((i === 0 || tokens[i - 1]!.text === '\n') && DATELINE_DASHES.has(tokens[i + 1]?.text ?? ''))
        continue;
      const key = defined.get(t.text);
      if (key === null) continue;
      out.push({ start: i, end: i + 1, key: key ?? t.low });
    }
  }
  if (!allCaps) withCompanyForms(tokens, blocked, out);
  // A mission and the city or country it is in ("the U.S. Embassy in Jakarta", "Consulate General in
  // Ho Chi Minh City"): the place is part of its name.
  for (const o of out) {
    const [start0, end0] = [o.start, o.end];
    // "U.S. Consulate General": the mission's rank is part of its name, though "General" opens titles.
    if (tokens[o.end - 1]?.low === 'consulate' && tokens[o.end]?.text === 'General') o.end++;
    // "USAID Mission Director Claire Bennington": the agency's mission director is an office, not a body.
    if (o.end - o.start > 1 && tokens[o.end - 1]?.low === 'mission' && tokens[o.end]?.text === 'Director')
      o.end--;
    const last = tokens[o.end - 1]?.low ?? '';
    const mission = MISSION_ENDS.has(last) || (last === 'general' && tokens[o.end - 2]?.low === 'consulate');
    // "the U.S. Mission to ASEAN", "the U.S. Mission to the United Nations": to whom a mission is sent.
    const sent = last === 'mission' && tokens[o.end]?.low === 'to';
    if ((mission && tokens[o.end]?.low === 'in') || sent) {
      const from = sent && tokens[o.end + 1]?.low === 'the' ? o.end + 2 : o.end + 1;
      let k = from;
      while (k < tokens.length && k < from + 4 && tokens[k]!.word && tokens[k]!.cap && !blocked[k]) k++;
      if (k > from) o.end = k;
    }
    o.end = campusEnd(tokens, blocked, o);
    // "the provincial People's Committee": the level of a Vietnamese council or committee is part of it.
    const level = tokens[o.start - 1];
    if (level && !level.cap && LEVELS.has(level.low) && /^(?:people|party)/.test(tokens[o.start]!.low))
      o.start--;
    // "U.S.-ASEAN Business Council", "U.S.-China Economic and Security Review Commission": a country joined by
    // a hyphen opens a body's name (not a lone body's: "the U.S.-ASEAN Special Summit" is ASEAN's event).
    const [a, b] = [tokens[o.start - 2], tokens[o.start - 1]];
    if (
      o.end - o.start > 1 &&
      a &&
      b?.text === '-' &&
      a.end === b.start &&
      b.end === tokens[o.start]!.start &&
      (isPolityAbbreviation(a) || isPlace(a))
    )
      o.start -= 2;
    // The key follows the name as read ("U.S. Embassy in Hanoi" is another body than the one in Jakarta).
    if (o.start !== start0 || o.end !== end0) o.key = orgKey(tokens, o.start, o.end);
  }
  // A body the extensions took in ("ASEAN" in "the U.S. Mission to ASEAN") is no mention of its own: in start
  // order, longest first, a range ending within one already kept is dropped.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: OrgRange[] = [];
  let reach = -1;
  for (const o of out) {
    if (o.end <= reach) continue;
    kept.push(o);
    reach = o.end;
  }
  return kept;
}

const LEVELS = new Set(['provincial', 'municipal', 'city', 'district', 'communal', 'commune', 'ward']);

/**
 * Where a university's name ends with its campus or country: "University of Texas at Austin", "Vietnam
 * National University, Hanoi", "Fulbright University Vietnam". A campus is capitalised words that are
 * no body, office or given name, and nothing capitalised follows them.
 */
function campusEnd(tokens: Token[], blocked: Uint8Array, o: OrgRange): number {
  let university = false;
  for (let x = o.start; x < o.end; x++) if (tokens[x]!.low === 'university') university = true;
  if (!university) return o.end;
  const link = tokens[o.end];
  if (tokens[o.end - 1]!.low === 'university' && link?.cap && isPlace(link) && !tokens[o.end + 1]?.cap)
    return o.end + 1;
  if (link?.low !== 'at' && link?.text !== ',') return o.end;
  let k = o.end + 1;
  while (
    k < o.end + 4 &&
    tokens[k]?.word &&
    tokens[k]!.cap &&
    !blocked[k] &&
    !isOrgHead(tokens[k]) &&
    !isTitleHead(tokens[k]) &&
    !STOP_CAPS.has(tokens[k]!.low) &&
    // After a comma a given name opens a person ("University of Michigan, Ann Smith said"); after "at", a place.
    !(link.text === ',' && k === o.end + 1 && FIRST_NAMES.has(tokens[k]!.low) && !isPlace(tokens[k]))
  )
    k++;
  // A comma must be followed by a known place or close the campus's words before the clause goes on.
  if (k === o.end + 1 || tokens[k]?.cap) return o.end;
  if (link.text === ',' && !isPlace(tokens[o.end + 1]) && tokens[k]?.text !== ',' && tokens[k]?.low !== 'and')
    return o.end;
  return k;
}

// A company's form closing its name: after a comma ("Delta Bay Microsystems, Inc.", "Golden Crescent Trading,
// LLC") or not ("Hai Long Shipping and Trading Company Limited").
const FORMS = new Set(['limited', 'ltd.', 'inc.', 'llc', 'corp.', 'plc', 'jsc']);

/**
 * Companies named with their form: a body found just before it takes it in, and capitalised words before
 * one are a company even without a head noun ("Golden Crescent Trading, LLC"). Edits `out` in place.
 */
function withCompanyForms(tokens: Token[], blocked: Uint8Array, out: OrgRange[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const comma = tokens[k - 1]!.text === ',';
    if (!(comma ? COMPANY_SUFFIXES.has(t.low) : FORMS.has(t.low) && tokens[k - 1]!.cap)) continue;
    // Where the name before the form ends, and a body found there.
    const nameEnd = comma ? k - 1 : k;
    const found = out.find((o) => o.end === nameEnd);
    if (found) {
      found.end = k + 1;
      continue;
    }
    // A form read alone as an acronym ("JSC") is the end of the name before it.
    const alone = out.findIndex((o) => o.start === k && o.end === k + 1);
    if (alone >= 0 && !comma && isCapWord(tokens[k - 1], blocked, k - 1)) out.splice(alone, 1);
    if (out.some((o) => o.start <= k && o.end > k)) continue;
    let s = nameEnd;
    while (s > 0 && s > nameEnd - 6) {
      const w = tokens[s - 1]!;
      const link = (w.low === 'and' || w.text === '&') && s - 1 > 0 && tokens[s - 2]!.cap && s < nameEnd;
      if (!(isCapWord(w, blocked, s - 1) || link) || out.some((o) => o.end === s)) break;
      s--;
    }
    if (s < nameEnd && tokens[s]!.cap) out.push({ start: s, end: k + 1, key: orgKey(tokens, s, k + 1) });
  }
}

/**
 * Last words of a name which the place it is in may follow: a diplomatic mission, an institute or a chamber
 * of commerce ("the American Chamber of Commerce in Vietnam", "the Pasteur Institute in Ho Chi Minh City").
 */
const MISSION_ENDS = new Set(['embassy', 'consulate', 'institute', 'commerce']);
