import { VI_CENTRAL_BODIES } from '../data/vi-central-bodies.ts';
import {
  VI_DESIGNATION_PHRASES,
  VI_DESIGNATION_STOPS,
  VI_DESIGNATION_TAILS,
  VI_LOCALITY_NOUNS,
  VI_ORG_ACRONYMS,
  VI_ORG_COMPLETE,
  VI_ORG_HEADS,
  VI_ORG_NEEDS_OWNER,
  VI_OUTLETS,
} from '../data/vi-orgs.ts';
import { VI_HONORIFICS, VI_NOT_NAME, VI_PLAIN_HONORIFICS, VI_SURNAMES } from '../data/vi-people.ts';
import { VI_PLACES } from '../data/vi-places.ts';
import {
  VI_FUSED_TITLE_TAILS,
  VI_PREDICATE_BEFORE_TITLE,
  VI_RANKS,
  VI_TITLE_FUNCTIONS,
  VI_TITLE_MODIFIERS,
  VI_TITLE_NOUNS,
  VI_TITLE_QUALIFIERS,
} from '../data/vi-titles.ts';
import { phraseTable, wordSet } from './phrase-table.ts';

/** The Vietnamese lexicons compiled once into lookup tables (module-level: built on first import). */
export const VI = {
  places: phraseTable(VI_PLACES),
  surnames: wordSet(VI_SURNAMES),
  honorifics: phraseTable(VI_HONORIFICS),
  plainHonorifics: wordSet(VI_PLAIN_HONORIFICS),
  notName: wordSet(VI_NOT_NAME),
  titleNouns: phraseTable(VI_TITLE_NOUNS),
  ranks: phraseTable(VI_RANKS),
  titleModifiers: phraseTable(VI_TITLE_MODIFIERS),
  titleQualifiers: phraseTable(VI_TITLE_QUALIFIERS),
  titleFunctions: phraseTable(VI_TITLE_FUNCTIONS),
  fusedTails: phraseTable(VI_FUSED_TITLE_TAILS),
  predicates: phraseTable(VI_PREDICATE_BEFORE_TITLE),
  orgComplete: phraseTable(`${VI_ORG_COMPLETE}|${VI_CENTRAL_BODIES}`),
  orgNeedsOwner: phraseTable(VI_ORG_NEEDS_OWNER),
  orgHeads: phraseTable(VI_ORG_HEADS),
  acronyms: new Set(VI_ORG_ACRONYMS.split('|')),
  outlets: phraseTable(VI_OUTLETS),
  localities: phraseTable(VI_LOCALITY_NOUNS),
  designationPhrases: phraseTable(VI_DESIGNATION_PHRASES),
  designationTails: wordSet(VI_DESIGNATION_TAILS),
  designationStops: wordSet(VI_DESIGNATION_STOPS),
};
