import type {
  AnnotationRecord,
  DocumentRecord,
  EntityRecord,
  Library,
  MentionRecord,
  SettingRecord,
  TagRecord,
} from '@/src/core/export/library';
import { HIGHLIGHT_COLOURS, LIBRARY_VERSION } from '@/src/core/export/library';

/** mulberry32: a tiny seeded PRNG, so a failing case can be replayed from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'Phó',
  'Cục',
  'trưởng',
  'Nguyễn',
  'Văn',
  'Định',
  'Bộ',
  'Công',
  'an',
  'ngày',
  '24/4',
  'kiểm',
  'tra',
  'Đảng',
  'ủy',
  'minister',
  'said',
  'the',
  'council',
  '"quoted"',
  'a,b',
  'x&y',
  '-dash-',
  '😀',
  '🇻🇳',
  '👩‍👩‍👧',
  '=SUM(A1)',
  '<b>',
  '\\back',
  'tab\there',
  'new\nline',
  '日本',
  'Ελλάδα',
  'ﬁ',
  '',
  ' ',
];

/** A random library: unicode, Vietnamese, emoji, empty notes, many tags; tag counts consistent. */
export function randomLibrary(
  seed: number,
  size: { documents: number; annotations: number; textWords?: number } = { documents: 6, annotations: 40 },
): Library {
  const r = rng(seed);
  const int = (n: number) => Math.floor(r() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const text = (n: number) =>
    Array.from({ length: n }, () => pick(WORDS))
      .join(' ')
      .normalize('NFC');
  const time = () => Date.UTC(2020, 0, 1) + int(6 * 365 * 86_400_000);
  const uuid = () => 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => int(16).toString(16));
  const maybe = <T>(v: T): T | undefined => (r() < 0.5 ? v : undefined);
  const defined = <T extends object>(o: T): T =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

  const documents: DocumentRecord[] = Array.from({ length: size.documents }, (_, i) => {
    const url = `https://site${i % 3}.vn/bai-viet-${i}-${int(1e6)}.html`;
    const first = time();
    return defined({
      id: uuid(),
      urls: [url, `https://m.site${i % 3}.vn/bai-viet-${i}.html`],
      url,
      site: `site${i % 3}.vn`,
      siteName: maybe(text(2)),
      title: text(1 + int(8)),
      byline: maybe(text(3)),
      publishedAt: maybe(pick(['2024', '2024-04', '2024-04-24', '2024-04-24T08:30:00+07:00'])),
      lang: maybe(pick(['vi', 'en'])),
      excerpt: maybe(text(10)),
      textHash: maybe(String(int(1e9))),
      text: maybe(text(size.textWords ?? 50)),
      firstVisitedAt: first,
      lastVisitedAt: first + int(1e9),
      terms: text(3).split(' ').filter(Boolean),
    });
  });
  const tagNames = Array.from({ length: 12 }, (_, i) => `${text(1)}#${i}`);
  const annotations: AnnotationRecord[] = Array.from({ length: size.annotations }, () => {
    const quote = text(1 + int(12));
    const start = int(500);
    const created = time();
    return defined({
      id: uuid(),
      documentId: pick(documents).id,
      selectors: [
        {
          type: 'TextQuoteSelector' as const,
          exact: quote,
          prefix: r() < 0.2 ? '' : text(3),
          suffix: r() < 0.2 ? '' : text(3),
        },
        { type: 'TextPositionSelector' as const, start, end: start + quote.length },
      ],
      bodySelectors: maybe([{ type: 'TextQuoteSelector' as const, exact: quote, prefix: '', suffix: '' }]),
      quote,
      note: r() < 0.4 ? '' : text(int(30)),
      tags: [...new Set(Array.from({ length: int(r() < 0.1 ? 12 : 4) }, () => pick(tagNames)))],
      colour: pick(HIGHLIGHT_COLOURS),
      entityKeys: maybe([`person:${int(5)}`]) ?? [],
      textHash: maybe(String(int(1e9))),
      createdAt: created,
      updatedAt: created + int(1e8),
      anchorState: maybe(pick(['anchored', 'fuzzy', 'orphan'] as const)),
      anchorCheckedAt: maybe(time()),
      terms: quote.toLowerCase().split(/\s+/).filter(Boolean),
    });
  });
  const entities: EntityRecord[] = Array.from({ length: 5 }, (_, i) =>
    defined({
      key: `person:${i}`,
      type: pick(['official', 'person', 'org'] as const),
      name: text(3),
      aliases: [text(2), text(1)],
      titles: [{ text: text(3), firstSeenAt: 1, lastSeenAt: 2, documentCount: int(5) }],
      documentCount: int(10),
      mentionCount: int(100),
      firstSeenAt: time(),
      lastSeenAt: time(),
      trackedAt: maybe(time()),
    }),
  );
  const mentions: MentionRecord[] = entities.flatMap((e, i) =>
    documents.slice(0, 1 + (i % documents.length)).map((d) => ({
      entityKey: e.key,
      documentId: d.id,
      site: d.site,
      type: e.type,
      name: e.name,
      count: 1 + int(9),
      titles: [text(2)],
      firstPosition: int(1000),
      context: text(8),
      seenAt: time(),
    })),
  );
  const counts = new Map<string, { count: number; first: number }>();
  for (const a of annotations) {
    for (const t of a.tags) {
      const c = counts.get(t) ?? { count: 0, first: a.createdAt };
      counts.set(t, { count: c.count + 1, first: Math.min(c.first, a.createdAt) });
    }
  }
  const tags: TagRecord[] = [...counts].map(([name, c]) =>
    defined({ name, colour: maybe(pick(['#ff0', 'red'])), count: c.count, createdAt: c.first }),
  );
  const settings: SettingRecord[] = [
    { key: 'language', value: pick(['vi', 'en']) },
    { key: 'site:site0.vn', value: { enabled: r() < 0.5, kinds: ['official', 'org'], note: text(3) } },
    { key: 'nothing', value: null },
  ];
  return { schemaVersion: LIBRARY_VERSION, documents, annotations, entities, mentions, tags, settings };
}
