import { documentUrl } from './annotation-parts';
import { type CslName, foldAscii, parseByline } from './byline';
import type { DocumentRecord } from './library';
import { dateParts, type Now, toIso } from './to-iso';

/** A CSL-JSON date. */
export type CslDate = { 'date-parts': [number[]] };

/** A CSL-JSON item for a news article. https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html */
export type CslItem = {
  id: string;
  type: 'article-newspaper';
  title: string;
  author?: CslName[];
  'container-title'?: string;
  issued?: CslDate;
  accessed: CslDate;
  URL?: string;
  language?: string;
};

/** When the reader accessed the article: the last visit, else `now`. Calendar date in UTC. */
export function accessedParts(doc: DocumentRecord, now: Now): number[] {
  const iso = doc.lastVisitedAt > 0 ? new Date(doc.lastVisitedAt).toISOString() : toIso(now);
  return dateParts(iso)!;
}

/** The first word of a name for keys: the family name, or the first word of a literal name. */
function keyName(name: CslName | undefined, fallback: string): string {
  const raw = name ? ('family' in name ? name.family : (name.literal.split(' ')[0] ?? '')) : fallback;
  return foldAscii(raw)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const STOP = new Set(['the', 'a', 'an', 'on', 'of', 'in', 'to', 'and', 'for', 'with']);

/**
 * A stable citation key from the data alone: first author's family name (or the site), year, first significant
 * title word, in ASCII ("nguyen2024pho"). The same document gives the same key on every export.
 */
export function citationKey(doc: DocumentRecord): string {
  const author = parseByline(doc.byline, doc.lang)[0];
  const who = keyName(author, doc.siteName ?? doc.site) || 'anon';
  const year = dateParts(doc.publishedAt)?.[0] ?? 'nd';
  const word =
    foldAscii(doc.title)
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .find((w) => w && !STOP.has(w)) ?? '';
  return `${who}${year}${word}`;
}

/**
 * Citation keys for many documents, unique: repeats get a, b, c… in document-id order, so adding an unrelated
 * document never renames an existing key. Returns a map from document id to key.
 */
export function citationKeys(docs: readonly DocumentRecord[]): Map<string, string> {
  const byKey = new Map<string, DocumentRecord[]>();
  for (const d of docs) {
    const k = citationKey(d);
    byKey.set(k, [...(byKey.get(k) ?? []), d]);
  }
  const out = new Map<string, string>();
  for (const [k, group] of byKey) {
    if (group.length === 1) {
      out.set(group[0]!.id, k);
      continue;
    }
    const sorted = [...group].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (let i = 0; i < sorted.length; i++) out.set(sorted[i]!.id, `${k}${letters(i)}`);
  }
  return out;
}

/** 0 → a, 25 → z, 26 → aa. */
function letters(i: number): string {
  return i < 26 ? String.fromCharCode(97 + i) : letters(Math.floor(i / 26) - 1) + letters(i % 26);
}

/** One article as a CSL-JSON item (title, authors from the byline, site as container, dates, URL). */
export function toCslItem(doc: DocumentRecord, now: Now, id = citationKey(doc)): CslItem {
  const author = parseByline(doc.byline, doc.lang);
  const issued = dateParts(doc.publishedAt);
  const url = documentUrl(doc);
  return {
    id,
    type: 'article-newspaper',
    title: doc.title,
    ...(author.length ? { author } : {}),
    ...(doc.siteName || doc.site ? { 'container-title': doc.siteName || doc.site } : {}),
    ...(issued ? { issued: { 'date-parts': [issued] as [number[]] } } : {}),
    accessed: { 'date-parts': [accessedParts(doc, now)] },
    ...(url ? { URL: url } : {}),
    ...(doc.lang ? { language: doc.lang } : {}),
  };
}

/** Many articles as a CSL-JSON array (unique ids), ready for Zotero, Pandoc or citeproc. */
export function toCslJson(docs: readonly DocumentRecord[], now: Now): string {
  const keys = citationKeys(docs);
  return JSON.stringify(
    docs.map((d) => toCslItem(d, now, keys.get(d.id))),
    null,
    2,
  );
}
