/**
 * Appointments make a name an official even when no title is attached to it: "Trump named Jane Doe as
 * secretary of …", "the appointment of Jane Doe, 52, of Fresno, as Deputy Director", "Jane Doe, who was
 * appointed ambassador …", "Jane Doe was sworn in as …". The office in such a phrase is a predicate, not a
 * title (guidelines), so the mention carries no titles; later bare mentions ("Doe said") share its key.
 */
import type { Token } from './tokenise-english.ts';
import {
  isDemonym,
  isHonorific,
  isPolityAbbreviation,
  isTitleHead,
  isTitleModifier,
} from './word-classes.ts';

// Verbs (and nouns before "of") that put a person into an office when "as"/"to" + an office follows.
const BEFORE = new Set([
  'named',
  'appointed',
  'nominated',
  'tapped',
  'picked',
  'selected',
  'designated',
  'promoted',
  'reappointed',
  'renominated',
  'elected',
  'installed',
  'chose',
  'hired',
  'name',
  'appoint',
  'nominate',
  // The Senate's part: "voted to confirm X as secretary of labor" (with "as" and an office after).
  'confirm',
  'confirmed',
  'confirms',
  'confirming',
  'names',
  'appoints',
  'nominates',
  'elect',
  'promote',
]);
const BEFORE_OF = new Set([
  'appointment',
  'nomination',
  'election',
  'confirmation',
  'selection',
  'swearing-in',
  'inauguration',
]);
// After the name: "X was appointed …", "X, who has been elected …". "named" needs "as"/"to" after it
// ("named after her grandmother" is no appointment).
const AFTER = new Set([
  'appointed',
  'nominated',
  'elected',
  'reelected',
  're-elected',
  'confirmed',
  'sworn',
  'reappointed',
  'installed',
  'named',
  'tapped',
  'promoted',
  // "X, who has served as Senior Official since 2021": the office held until now.
  'served',
  'serves',
]);
const NEEDS_AS = new Set(['named', 'tapped', 'promoted', 'served', 'serves']);
const AUXILIARIES = new Set(['was', 'is', 'has', 'had', 'been', 'be', 'will', 'would', 'being']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);
const COURTESY_OWNERS = new Set(['his', 'her', 'the', 'their']);
const SUCCESSION = new Set(['new', 'next', 'first', 'permanent', 'incoming', 'sole']);
const BODIES = new Set(['board', 'commission', 'council', 'committee', 'court', 'cabinet', 'panel', 'bench']);
const OFFICE_VERBS = new Set(['be', 'serve', 'lead', 'head', 'run', 'replace', 'succeed', 'fill', 'become']);

/** An office after "as"/"to" at k: a title word, "the"/"its" + title, or "be/serve/lead …". */
function officeAt(tokens: Token[], k: number): boolean {
  // "as U.S. Ambassador", "as Vietnamese Ambassador": whose office it is may come first.
  const polity = (x: number) => (isPolityAbbreviation(tokens[x]) || isDemonym(tokens[x]) ? x + 1 : x);
  const t = tokens[polity(k)];
  if (!t?.word) return false;
  if (OFFICE_VERBS.has(t.low) || isTitleHead(t) || isTitleModifier(t)) return true;
  // "as the new Administrator", "as its next president": an adjective of succession may come first.
  const n = tokens[polity(SUCCESSION.has(tokens[k + 1]?.low ?? '') ? k + 2 : k + 1)];
  // "named to the board": a seat on a body is an office.
  return DETERMINERS.has(t.low) && (isTitleHead(n) || isTitleModifier(n) || BODIES.has(n?.low ?? ''));
}

/** "as"/"to" and an office within a short apposition after `end` (", 52, of Fresno, as …"). */
function officeAfter(tokens: Token[], end: number): boolean {
  for (let k = end; k < tokens.length && k < end + 10; k++) {
    const t = tokens[k]!;
    if (t.text === '.' || t.text === ';' || t.text === '\n') return false;
    if (t.low === 'as' || t.low === 'to') return officeAt(tokens, k + 1);
  }
  return false;
}

/** After a name, the press-release apposition ", 45, of Fresno," if any: the token after it, else `end`. */
function skipAgeAndPlace(tokens: Token[], end: number): number {
  if (tokens[end]?.text !== ',' || !/^\d{2}$/.test(tokens[end + 1]?.text ?? '')) return end;
  let k = end + 2;
  if (tokens[k]?.text === ',' && tokens[k + 1]?.low === 'of') {
    k += 2;
    while (k < end + 8 && tokens[k]?.cap) k++;
  }
  return tokens[k]?.text === ',' ? k + 1 : end;
}

// Lower-case office nouns that say nothing of a post in a body: anyone can be one of these.
const NOT_POSTS = new Set(['member', 'founder', 'co-founder', 'leader', 'delegate', 'attorney', 'head']);
const AT = new Set(['at', 'with', 'of', 'for', 'in']);

/**
 * "X was a loan officer at the SBA", "X is a special agent with the FBI": an office held in a named body,
 * told by the verb after the name (a predicate, so no title). From k, after the auxiliary: an indefinite
 * article, up to three lower-case words, a lower-case office noun, "at"/"with"/"of" and a capitalised body.
 */
function heldAt(tokens: Token[], k: number): boolean {
  if (tokens[k]?.low !== 'a' && tokens[k]?.low !== 'an') return false;
  for (let h = k + 1; h < k + 5 && h < tokens.length; h++) {
    const t = tokens[h]!;
    if (!t.word || t.cap) return false;
    if (isTitleHead(t) && !NOT_POSTS.has(t.low)) {
      if (!AT.has(tokens[h + 1]?.low ?? '')) return false;
      const b = tokens[h + 2]?.low === 'the' ? h + 3 : h + 2;
      return !!tokens[b]?.word && !!tokens[b]!.cap;
    }
  }
  return false;
}

/**
 * A White House nomination list: "Linda M. Harlow of Virginia, to be Ambassador …", "X, of Texas, to
 * be an Assistant Secretary of Commerce": the name, its state, then "to be" and an office.
 */
function nominatedTo(tokens: Token[], end: number): boolean {
  let k = end;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.low !== 'of') return false;
  k++;
  const place = k;
  while (k < place + 4 && tokens[k]?.word && tokens[k]!.cap) k++;
  if (k === place || tokens[k]?.text !== ',') return false;
  if (tokens[k + 1]?.low !== 'to' || tokens[k + 2]?.low !== 'be') return false;
  const a = tokens[k + 3]?.low === 'a' || tokens[k + 3]?.low === 'an' ? k + 4 : k + 3;
  return officeAt(tokens, a);
}

/** True when the name `[start, end)` is being put into an office by the words around it. */
export function appointedAt(tokens: Token[], name: number, end: number): boolean {
  if (nominatedTo(tokens, end)) return true;
  // "the inauguration of His Excellency X as President": the courtesy words are not the cue.
  let start = name;
  while (isHonorific(tokens[start - 1])) start -= COURTESY_OWNERS.has(tokens[start - 2]?.low ?? '') ? 2 : 1;
  const before = tokens[start - 1];
  if (before?.word && BEFORE.has(before.low) && officeAfter(tokens, end)) return true;
  if (before?.low === 'of' && BEFORE_OF.has(tokens[start - 2]?.low ?? '') && officeAfter(tokens, end))
    return true;
  // "administered the oath of office to X as the next U.S. Ambassador".
  const oath =
    tokens[start - 2]?.low === 'oath' ? start - 2 : tokens[start - 4]?.low === 'oath' ? start - 4 : -1;
  if (before?.low === 'to' && oath >= 0 && officeAfter(tokens, end)) return true;
  // "X, who was appointed", "X was named as", "X has been elected", "X, 45, of Fresno, has been appointed".
  let k = skipAgeAndPlace(tokens, end);
  if (tokens[k]?.text === ',' && tokens[k + 1]?.low === 'who') k += 2;
  // "A co-defendant, Kiara Bell, was a loan officer at …": the name in apposition, then its verb.
  else if (tokens[k]?.text === ',' && (tokens[k + 1]?.low === 'was' || tokens[k + 1]?.low === 'is')) k++;
  let aux = 0;
  while (k < tokens.length && aux < 3 && AUXILIARIES.has(tokens[k]!.low)) {
    k++;
    aux++;
  }
  const verb = tokens[k];
  if (aux > 0 && heldAt(tokens, k)) return true;
  if (aux === 0 || !verb?.word || !AFTER.has(verb.low)) return false;
  if (verb.low === 'sworn') return tokens[k + 1]?.low === 'in';
  return !NEEDS_AS.has(verb.low) || officeAfter(tokens, k + 1);
}
