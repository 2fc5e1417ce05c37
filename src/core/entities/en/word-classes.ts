/**
 * Word classes over tokens, shared by the English title, name and organisation rules.
 */
import {
  DEMONYM,
  DOMAIN_WORDS,
  HONORIFICS,
  NOT_ORG_ACRONYMS,
  ORG_HEADS,
  PLACES,
  STOP_CAPS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './en-lexicon.ts';
import type { Token } from './tokenise-english.ts';

export const isTitleHead = (t: Token | undefined): boolean => !!t?.word && TITLE_HEADS.has(t.low);
export const isTitleModifier = (t: Token | undefined): boolean => !!t?.word && TITLE_MODIFIERS.has(t.low);
export const isHonorific = (t: Token | undefined): boolean => !!t?.word && HONORIFICS.has(t.low);
export const isOrgHead = (t: Token | undefined): boolean => !!t?.word && t.cap && ORG_HEADS.has(t.low);
export const isPlace = (t: Token | undefined): boolean => !!t?.word && PLACES.has(t.low);
export const isDomainWord = (t: Token | undefined): boolean => !!t?.word && DOMAIN_WORDS.has(t.low);
export const isDemonym = (t: Token | undefined): boolean => !!t?.word && DEMONYM.test(t.text);

/** "FSI", "APEC", "AT&T": two to six capitals. */
export const isAcronym = (t: Token | undefined): boolean =>
  !!t?.word &&
  t.cap &&
  t.text.length >= 2 &&
  t.text.length <= 6 &&
  // "MoIT", "MoNRE", "MoF": Vietnamese ministries' short forms in English-language news.
  (/^\p{Lu}[\p{Lu}&]{1,5}$/u.test(t.text) || /^Mo[A-Z]{1,4}$/.test(t.text)) &&
  !NOT_ORG_ACRONYMS.has(t.low) &&
  !PLACES.has(t.low);

/** "U.S.", "UN", "EU": a country or union as a title modifier ("U.S. Ambassador"). */
export const isPolityAbbreviation = (t: Token | undefined): boolean =>
  !!t?.word && /^(?:\p{Lu}\.){2,3}$|^(?:US|UK|UN|EU|NATO|ASEAN)$/u.test(t.text);

/** A capitalised word that can be part of a personal name. */
export function isNameWord(t: Token | undefined): boolean {
  if (!t?.word || !t.cap) return false;
  if (
    /\d/.test(t.text) ||
    (t.text.length > 1 && t.text === t.text.toUpperCase() && !/^\p{Lu}\.$/u.test(t.text))
  )
    return false;
  const low = t.low;
  return !(
    STOP_CAPS.has(low) ||
    TITLE_HEADS.has(low) ||
    TITLE_MODIFIERS.has(low) ||
    ORG_HEADS.has(low) ||
    DOMAIN_WORDS.has(low) ||
    PLACES.has(low) ||
    HONORIFICS.has(low)
  );
}

/** Lower-case particles inside names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
export const NAME_PARTICLES = new Set([
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'binti',
  'al',
  'le',
  'la',
  'du',
]);
