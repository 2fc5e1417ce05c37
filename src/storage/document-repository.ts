import { siteOf } from '@/src/core/urls/site-of';
import { urlVariants } from '@/src/core/urls/url-variants';
import type { MarginDatabase } from './create-database';
import { InvalidRequestError } from './errors';
import type { StoredDocument } from './records';
import { syncSearch } from './search-records';

/** What a visit tells about an article. Empty optional fields never erase what was stored. */
export type DocumentInput = {
  visited: string;
  canonical?: string;
  ogUrl?: string;
  title: string;
  byline?: string;
  siteName?: string;
  publishedAt?: string;
  lang?: string;
  excerpt?: string;
  textHash?: string;
  text?: string;
};

const OPTIONAL_FIELDS = ['byline', 'siteName', 'publishedAt', 'lang', 'excerpt', 'textHash'] as const;

function nfc(s: string | undefined): string | undefined {
  const t = s?.normalize('NFC').trim();
  return t ? t : undefined;
}

/**
 * Documents: one per article, found again by any of its URL variants.
 *
 * @param db the Margin database
 */
export function createDocumentRepository(db: MarginDatabase) {
  /** The stored document that has any of these (normalised) URLs; the most recently visited if several. */
  async function findByUrls(urls: readonly string[]): Promise<StoredDocument | undefined> {
    if (urls.length === 0) return undefined;
    const found = await db.documents.where('urls').anyOf(urls).distinct().toArray();
    return found.sort((a, b) => b.lastVisitedAt - a.lastVisitedAt)[0];
  }

  return {
    findByUrls,

    /** The document of a page, from its raw URLs. */
    async findByPage(page: { visited: string; canonical?: string; ogUrl?: string }) {
      return findByUrls(urlVariants(page));
    },

    /** A document by id. */
    get: (id: string) => db.documents.get(id),

    /**
     * Saves a visit: finds the document by any URL variant (adding new variants) or creates it, updates
     * the metadata given, and sets `lastVisitedAt`. Runs in a transaction over `documents`, `texts` (a
     * text given replaces the stored one, kept apart from the document) and `search` (a new title
     * rewrites the title words of the document's search record). Returns the stored document (no text).
     *
     * @throws InvalidRequestError when the visited URL is not http(s)
     */
    async upsert(input: DocumentInput, now: number = Date.now()): Promise<StoredDocument> {
      const urls = urlVariants(input);
      const url = urls[0];
      if (url === undefined) throw new InvalidRequestError('The page has no http(s) URL.');
      return db.transaction('rw', [db.documents, db.texts, db.search], async () => {
        const existing = await findByUrls(urls);
        const title = nfc(input.title) ?? existing?.title ?? '';
        const doc: StoredDocument = existing
          ? { ...existing, urls: [...new Set([...existing.urls, ...urls])], lastVisitedAt: now }
          : {
              id: crypto.randomUUID(),
              urls,
              url,
              site: siteOf(url),
              title,
              firstVisitedAt: now,
              lastVisitedAt: now,
            };
        doc.title = title;
        // A canonical URL learnt later is the better one to reopen.
        if (input.canonical && urls[0] !== undefined && existing && !existing.urls.includes(urls[0]))
          doc.url = urls[0];
        for (const field of OPTIONAL_FIELDS) {
          const value = nfc(input[field]);
          if (value !== undefined) doc[field] = value;
        }
        delete doc.terms;
        delete doc.text;
        await db.documents.put(doc);
        const text = nfc(input.text);
        if (text !== undefined) await db.texts.put({ documentId: doc.id, text });
        // The library searches the article's title words: keep them in step.
        if (existing && existing.title !== doc.title) await syncSearch(db, { documents: [doc] });
        return doc;
      });
    },

    /** Marks a visit without changing anything else. */
    async touch(id: string, now: number = Date.now()): Promise<void> {
      await db.documents.update(id, { lastVisitedAt: now });
    },

    /** Documents, most recently visited first; optionally only one site's. */
    async list({ offset = 0, limit = 50, site }: { offset?: number; limit?: number; site?: string } = {}) {
      if (!site) return db.documents.orderBy('lastVisitedAt').reverse().offset(offset).limit(limit).toArray();
      const items = await db.documents.where('site').equals(site).toArray();
      return items.sort((a, b) => b.lastVisitedAt - a.lastVisitedAt).slice(offset, offset + limit);
    },

    /** How many documents are stored. */
    count: () => db.documents.count(),

    /** Ids of a site's documents. */
    idsOfSite: (site: string) => db.documents.where('site').equals(site).primaryKeys(),
  };
}

/** The document repository's API. */
export type DocumentRepository = ReturnType<typeof createDocumentRepository>;
