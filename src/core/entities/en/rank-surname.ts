/**
 * A rank or office that needs a complement elsewhere ("General" alone is no title: "General Motors") is a
 * title before a lone surname in running text: "General Petraeus", "President-elect Trump".
 */
import type { OfficialRange } from './find-en-officials.ts';
import type { Token } from './tokenise-english.ts';
import { isNameWord, isOrgHead } from './word-classes.ts';

const RANKS = new Set(['general', 'president-elect', 'inspector', 'admiral', 'commissioner']);
// Company and body names opened by "General": "General Electric", "General Mills", "General Assembly".
const NOT_SURNAMES = new Set([
  'motors',
  'electric',
  'dynamics',
  'mills',
  'atomics',
  'foods',
  'assembly',
  'counsel',
  'hospital',
  'partner',
  'partners',
  'election',
  'elections',
  'store',
  'court',
]);

/** "General Petraeus" at token i: the surname as an official with the rank as its title, or null. */
export function rankSurnameAt(tokens: Token[], i: number): OfficialRange | null {
  const head = tokens[i];
  if (!head?.word || !head.cap || !RANKS.has(head.low)) return null;
  const prev = tokens[i - 1];
  // "the General Staff", "Attorney General …", "Inspector General": part of a longer name or title.
  if (prev?.low === 'the' || (prev?.word && prev.cap)) return null;
  const name = tokens[i + 1];
  const after = tokens[i + 2];
  if (!isNameWord(name) || NOT_SURNAMES.has(name!.low) || isNameWord(after) || isOrgHead(after)) return null;
  return { start: i + 1, end: i + 2, titles: [{ start: i, end: i + 1 }] };
}
