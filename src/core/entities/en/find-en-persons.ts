/**
 * People named without an office, by the places English news puts names: speakers and authors ("Jane Doe
 * said", "said Jane Doe", "By Jane Doe", "according to Jane Doe"), photo credits ("(AP Photo/Jane Doe)",
 * "Photo: Jane Doe/Reuters", "(Jane Doe/Getty Images)"), an outlet's staff ("CNN’s Jane Doe"), a
 * contributor's line ("Jane Doe is a politics reporter for …"), a pair of names as a subject ("Lu Jianwang
 * and Chen Jinping were charged"), and any capitalised pair opening with a common given name.
 */
import { appointedAt } from './appointment-cues.ts';
import { afterOrgCue } from './cued-orgs.ts';
import { KNOWN_ORGS, PLACES } from './en-lexicon.ts';
import { FIRST_NAMES } from './first-names.ts';
import type { Token } from './tokenise-english.ts';
import { isAcronym, isNameWord, isOrgHead } from './word-classes.ts';

const SPEECH = new Set([
  'said',
  'says',
  'told',
  'added',
  'noted',
  'stated',
  'explained',
  'wrote',
  'asked',
  'contributed',
  'reported',
  'tweeted',
  'argued',
]);
// Verbs after a coordinated pair of names make it a subject: "X and Y were charged".
const SUBJECT_VERBS = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', ...SPEECH]);
const STAFF_NOUNS = new Set([
  'reporter',
  'correspondent',
  'writer',
  'editor',
  'columnist',
  'producer',
  'photographer',
  'contributor',
  'journalist',
  'analyst',
  'anchor',
]);
const INNER_LINKS = new Set(['of', 'for', 'on', '&']);
const KIN = new Set([
  'daughter',
  'son',
  'wife',
  'husband',
  'brother',
  'sister',
  'mother',
  'father',
  'son-in-law',
  'daughter-in-law',
  'grandson',
  'granddaughter',
  'partner',
  'spouse',
]);
// The commonest Vietnamese family names as written in English text (no diacritics).
const VN_FAMILY = new Set(
  'nguyen|tran|le|pham|hoang|huynh|phan|vu|vo|dang|bui|do|ho|ngo|duong|ly|dinh|truong|luong|trinh|lam|doan|ha|ta|cao|dao'.split(
    '|',
  ),
);
/** A word's Latin letters without Vietnamese diacritics ("vũ" → "vu", "đặng" → "dang"). */
const plain = (low: string): string =>
  low
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');

/** "Dang Quoc Khanh", "Đặng Quốc Khánh": a Vietnamese family name opens the words at `i`. */
export const vietnameseFamilyAt = (tokens: Token[], i: number): boolean =>
  !!tokens[i]?.cap && VN_FAMILY.has(tokens[i]!.low.length <= 6 ? plain(tokens[i]!.low) : '');

/** "Tran Thi Mai", "Vũ Thành Trung": three words or more opening with a Vietnamese family name. */
const vietnameseName = (tokens: Token[], i: number, end: number): boolean =>
  end - i >= 3 &&
  VN_FAMILY.has(tokens[i]!.low.length <= 6 ? plain(tokens[i]!.low) : '') &&
  // Syllables of seven letters at most, and not inside a longer capitalised name ("Ho Chi Minh City").
  tokens.slice(i, end).every((t) => t.text.length <= 7) &&
  !(tokens[end]?.word && tokens[end]!.cap);

/** A Vietnamese name of three or four words starts at `i` ("Nguyen Chi Hoa said"). */
export function vietnameseNameAt(tokens: Token[], i: number): boolean {
  let end = i;
  while (end < i + 4 && tokens[end]?.word && tokens[end]!.cap && tokens[end]!.text.length <= 7) end++;
  return vietnameseName(tokens, i, end);
}

// Roles in court, police and community news before a private person's name ("the defendant, Yusuf Kaya",
// "victim Tamika Rhodes", "identified as …").
const ROLES = new Set(
  'defendant|defendants|co-defendant|co-defendants|codefendant|codefendants|victim|victims|witness|suspect|inmate|plaintiff|fugitive|homeowner|resident|farmer|fisherman|student|nurse|driver|veteran|landlord|tenant|businessman|businesswoman|entrepreneur|activist|survivor|retiree|widow|widower|attorney|lawyer|as'.split(
    '|',
  ),
);
// Verbs of a court case after a name make it a defendant's ("X pleaded guilty", "X was sentenced").
const CASE_VERBS = new Set(['pleaded', 'pled', 'admitted', 'faces']);
const CASE_PASSIVES = new Set(['sentenced', 'convicted', 'charged', 'arrested', 'indicted', 'extradited']);

/** "the defendant, Yusuf Kaya", "victim Tamika Rhodes", "identified as Tamika Rhodes": a role before `i`. */
function roleBefore(tokens: Token[], i: number): boolean {
  const k = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
  const role = tokens[k];
  if (!role?.word || !ROLES.has(role.low)) return false;
  if (role.low === 'as') return tokens[k - 1]?.low === 'identified' && k === i - 1;
  return (
    !role.cap || k === 0 || SENTENCE_OPENERS.has(tokens[k - 1]?.text ?? '') || tokens[k - 1]?.low === 'the'
  );
}
const SENTENCE_OPENERS = new Set(['.', '\n', '“', '"', ':', ';']);

/** "X pleaded guilty", "X was sentenced", "X, 45, of Miami, was charged": a defendant's verb after `end`. */
function caseVerbAfter(tokens: Token[], end: number): boolean {
  const v = tokens[end];
  if (!v?.word) return false;
  if (CASE_VERBS.has(v.low)) return true;
  return (v.low === 'was' || v.low === 'were') && CASE_PASSIVES.has(tokens[end + 1]?.low ?? '');
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'my', 'our', 'your']);
const POSSESSIVE = new Set(['’s', "'s"]);

/** End of a run of two or three name words from `i` that is no place or body, or `i`. */
function nameRun(tokens: Token[], i: number, blocked: Uint8Array): number {
  if (isNameWord(tokens[i - 1]) || !isNameWord(tokens[i]) || blocked[i]) return i;
  // Inside a capitalised name: "Federation of [Postal Carriers]".
  if (INNER_LINKS.has(tokens[i - 1]?.low ?? '') && tokens[i - 2]?.cap) return i;
  let end = i;
  // Vietnamese names written without diacritics may have four words ("Nguyen Thi Thu Hang").
  const max = VN_FAMILY.has(tokens[i]!.low.length <= 6 ? plain(tokens[i]!.low) : '') ? 4 : 3;
  while (end < tokens.length && end - i < max && isNameWord(tokens[end]) && !blocked[end]) end++;
  if (end - i < 2 || isNameWord(tokens[end]) || isOrgHead(tokens[end])) return i;
  const words = tokens
    .slice(i, end)
    .map((t) => t.low)
    .join(' ');
  return PLACES.has(words) || KNOWN_ORGS.has(words) ? i : end;
}

/** "CNN’s", "Fox News’s": an outlet's possessive before `i`. */
const afterOutletPossessive = (tokens: Token[], i: number): boolean =>
  POSSESSIVE.has(tokens[i - 1]?.low ?? '') && (isAcronym(tokens[i - 2]) || isOrgHead(tokens[i - 2]));

/** "is a politics reporter", "is a senior correspondent": a staff noun within four words. */
function staffLine(tokens: Token[], end: number): boolean {
  if (tokens[end]?.low !== 'is' || !['a', 'an', 'the'].includes(tokens[end + 1]?.low ?? '')) return false;
  for (let k = end + 2; k < end + 6 && k < tokens.length; k++)
    if (STAFF_NOUNS.has(tokens[k]!.low)) return true;
  return false;
}

/** A credit: "Photo/Jane Doe", "Photo: Jane Doe", "(Jane Doe/Getty Images)", "Jane Doe/Reuters". */
function credit(tokens: Token[], i: number, end: number): boolean {
  const before = tokens[i - 1]?.text;
  if ((before === '/' || before === ':') && /^photos?$/.test(tokens[i - 2]?.low ?? '')) return true;
  // "Photo: VNA/Duong Giang": the agency, then the photographer.
  if (before === '/' && tokens[i - 3]?.text === ':' && /^photos?$/.test(tokens[i - 4]?.low ?? ''))
    return true;
  return tokens[end]?.text === '/' && !!tokens[end + 1]?.cap;
}

/**
 * "Luis Ortega, 52, of Miami", "Ana Ruiz, a nurse who …": an age or an indefinite description in
 * apposition presents a private person.
 */
function describedAfter(tokens: Token[], end: number): boolean {
  if (tokens[end]?.text !== ',') return false;
  const next = tokens[end + 1];
  if (!next) return false;
  if (/^\d{1,3}$/.test(next.text)) return tokens[end + 2]?.text === ',' && Number(next.text) <= 120;
  if (next.low !== 'a' && next.low !== 'an') return false;
  // "Lake Placid, a village in …", "Open Ledger, a nonprofit": a place or a body described.
  for (let k = end + 2; k < end + 5 && tokens[k]?.word; k++) if (NOT_PEOPLE.has(tokens[k]!.low)) return false;
  return !!tokens[end + 2]?.word;
}

const NOT_PEOPLE = new Set(
  'village|town|city|county|country|state|province|region|island|river|lake|company|firm|group|nonprofit|organization|organisation|agency|program|programme|project|bill|law|treaty|port|base|facility|hospital|school|university'.split(
    '|',
  ),
);

/** True when a reporting cue stands before `i` or after `end`. */
function speechCue(tokens: Token[], i: number, end: number): boolean {
  const after = tokens[end]?.text === ',' ? tokens[end + 1] : tokens[end];
  const before = tokens[i - 1];
  return (
    (!!after && SPEECH.has(after.low)) ||
    (!!before &&
      (SPEECH.has(before.low) ||
        before.low === 'by' ||
        (before.low === 'to' && tokens[i - 2]?.low === 'according')))
  );
}

/**
 * A person's name starting at token `i`, found by its place in the sentence.
 * @returns the names as `[start, end)` ranges (two for a coordinated pair), or an empty list.
 */
export function personsAt(tokens: Token[], i: number, blocked: Uint8Array): Array<[number, number]> {
  // "the watchdog Open Ledger Watch said": named as an organisation.
  if (afterOrgCue(tokens, i)) return [];
  // "his daughter Ivy", "her husband, Tom Reyes": kin named by a given name alone.
  const kin = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
  if (KIN.has(tokens[kin]?.low ?? '') && POSSESSIVE_PRONOUNS.has(tokens[kin - 1]?.low ?? '')) {
    let end = i;
    while (end < i + 3 && isNameWord(tokens[end]) && !blocked[end]) end++;
    if (end > i && !isNameWord(tokens[i - 1]) && !isOrgHead(tokens[end])) return [[i, end]];
  }
  // "Homeowner Linda Marsh …", "Co-defendants Marcus Webb, …": a capitalised noun opening the sentence
  // before a given name, or a role.
  if (
    isNameWord(tokens[i]) &&
    (i === 0 || SENTENCE_OPENERS.has(tokens[i - 1]!.text)) &&
    (FIRST_NAMES.has(tokens[i + 1]?.low ?? '') || ROLES.has(tokens[i]!.low)) &&
    !FIRST_NAMES.has(tokens[i]!.low)
  ) {
    const run = nameRun(tokens, i, blocked);
    if (run - i === 3) return [[i + 1, run]];
  }
  const end = nameRun(tokens, i, blocked);
  if (end === i) return [];
  // A coordinated pair shares the cue: "CNN’s Dana Bash and Gloria Borger contributed".
  if (tokens[end]?.low === 'and') {
    const second = nameRun(tokens, end + 1, blocked);
    if (second > end + 1) {
      const verb = tokens[second];
      const cued =
        (!!verb && SUBJECT_VERBS.has(verb.low)) ||
        afterOutletPossessive(tokens, i) ||
        speechCue(tokens, i, end);
      if (cued)
        return [
          [i, end],
          [end + 1, second],
        ];
    }
  }
  const cued =
    speechCue(tokens, i, end) ||
    afterOutletPossessive(tokens, i) ||
    credit(tokens, i, end) ||
    staffLine(tokens, end) ||
    describedAfter(tokens, end) ||
    FIRST_NAMES.has(tokens[i]!.low) ||
    vietnameseName(tokens, i, end) ||
    roleBefore(tokens, i) ||
    caseVerbAfter(tokens, end) ||
    appointedAt(tokens, i, end);
  return cued ? [[i, end]] : [];
}
