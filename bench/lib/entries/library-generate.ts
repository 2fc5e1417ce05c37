/**
 * Generates a realistic library (Vietnamese and English quotes, notes, ~200 tags, colours, entity keys,
 * sites, dates) from a seeded PRNG and writes it through Margin's own schema, in bulk. Shared by the
 * library (issue 7) and export (issue 4) benches.
 */
import { ANNOTATION_COUNT_KEY } from '@/src/storage/annotation-count';
import { splitTexts, TEXT_SLICE } from '@/src/storage/article-texts';
import type { MarginDatabase } from '@/src/storage/create-database';
import { putInSlices } from '@/src/storage/put-in-slices';
import { type AnnotationRecord, type DocumentRecord, HIGHLIGHT_COLOURS } from '@/src/storage/records';
import { buildSearchRecords } from '@/src/storage/search-records';

/** mulberry32: small, fast, seeded. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VI = (
  'Thủ tướng Chính phủ yêu cầu các bộ ngành đẩy nhanh tiến độ giải ngân vốn đầu tư công trong quý cuối năm ' +
  'Bộ trưởng Bộ Tài chính cho biết ngân sách nhà nước tăng thu nhờ xuất khẩu và tiêu dùng nội địa phục hồi ' +
  'Ủy ban nhân dân thành phố Hà Nội công bố kế hoạch cải tạo hệ thống thoát nước trước mùa mưa bão ' +
  'Ngân hàng Nhà nước điều chỉnh lãi suất điều hành nhằm hỗ trợ doanh nghiệp nhỏ và vừa tiếp cận tín dụng ' +
  'Giám đốc Sở Y tế Đà Nẵng nói bệnh viện đã sẵn sàng tiếp nhận bệnh nhân trong đợt cao điểm dịch sốt xuất huyết ' +
  'Quốc hội thảo luận dự thảo luật đất đai sửa đổi với nhiều ý kiến về bồi thường và tái định cư cho người dân ' +
  'Phó Cục trưởng Cục Bảo vệ chính trị nội bộ Ban Tổ chức Trung ương Nguyễn Văn Định cho biết đoàn kiểm tra ' +
  'sẽ làm việc với các tỉnh miền Trung về quy định bổ nhiệm cán bộ và công tác phòng chống tham nhũng'
).split(' ');
const EN = (
  'The minister said the government would accelerate public investment spending before the end of the year ' +
  'Officials at the central bank adjusted policy rates to support small businesses seeking credit ' +
  'City authorities announced a plan to upgrade drainage ahead of the storm season after repeated flooding ' +
  'Lawmakers debated a revised land law with many concerns about compensation and resettlement ' +
  'Hospital directors reported that wards were ready for the peak of the dengue outbreak this summer ' +
  'Exporters welcomed the trade agreement although analysts warned of weaker demand in Europe and America'
).split(' ');
const SITES = [
  'vnexpress.net',
  'tuoitre.vn',
  'thanhnien.vn',
  'dantri.com.vn',
  'vietnamnet.vn',
  'nhandan.vn',
  'baochinhphu.vn',
  'vietnamnews.vn',
  'reuters.com',
  'bbc.com',
  'theguardian.com',
  'apnews.com',
] as const;
const TAG_STEMS = [
  'kinh-tế',
  'chính-sách',
  'y-tế',
  'giáo-dục',
  'đất-đai',
  'economy',
  'policy',
  'health',
  'climate',
  'trade',
  'quote',
  'to-check',
  'source',
  'interview',
  'data',
  'follow-up',
  'ngân-hàng',
  'hà-nội',
  'đà-nẵng',
  'quốc-hội',
];
/** ~200 tags: stems with numbered variants. */
export const TAGS = Array.from({ length: 200 }, (_, i) =>
  i < TAG_STEMS.length
    ? TAG_STEMS[i]
    : `${TAG_STEMS[i % TAG_STEMS.length]}-${Math.floor(i / TAG_STEMS.length)}`,
) as string[];
const ENTITIES = Array.from({ length: 400 }, (_, i) => `official:person-${i}`);
const NOTES_VI = [
  'Cần kiểm tra lại số liệu này',
  'Trích dẫn cho bài viết tuần sau',
  'Mâu thuẫn với phát biểu trước đó',
  'Hỏi thêm nguồn ở Bộ',
];
const NOTES_EN = [
  'Check these figures',
  'Quote for next week',
  'Contradicts the earlier statement',
  'Ask the ministry',
];

function uuid(r: () => number): string {
  const h = () =>
    Math.floor(r() * 0x10000)
      .toString(16)
      .padStart(4, '0');
  return `${h()}${h()}-${h()}-4${h().slice(1)}-a${h().slice(1)}-${h()}${h()}${h()}`;
}

/**
 * The generated library, not yet written. `articleText`: give each document a copy of its article's
 * text (600–1,400 words, as Margin stores for an analysed page), from a PRNG of its own so the rest of
 * the library is the same with or without it.
 */
export function generate(docCount: number, annotationCount: number, seed = 7, articleText = false) {
  const r = prng(seed);
  const rt = prng(seed ^ 0x7e47);
  const article = (words: string[]) => {
    const out: string[] = [];
    for (let n = 600 + Math.floor(rt() * 800); n > 0; ) {
      const len = Math.min(n, 12 + Math.floor(rt() * 20));
      const at = Math.floor(rt() * (words.length - len));
      out.push(words.slice(at, at + len).join(' '));
      n -= len;
    }
    return `${out.join('. ')}.`;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)] as T;
  const phrase = (words: string[], n: number) => {
    const at = Math.floor(r() * (words.length - n));
    return words.slice(at, at + n).join(' ');
  };
  const start = Date.UTC(2023, 0, 1);
  const span = 3 * 365 * 86_400_000;
  const documents: DocumentRecord[] = [];
  for (let i = 0; i < docCount; i++) {
    const vi = r() < 0.65;
    const site = pick(vi ? SITES.slice(0, 8) : SITES.slice(7));
    const title = phrase(vi ? VI : EN, 6 + Math.floor(r() * 8));
    const visited = start + Math.floor(r() * span);
    const url = `https://${site}/bai-viet-${i}.html`;
    documents.push({
      id: uuid(r),
      urls: [url],
      url,
      site,
      title,
      lang: vi ? 'vi' : 'en',
      publishedAt: new Date(visited - 3_600_000).toISOString(),
      firstVisitedAt: visited,
      lastVisitedAt: visited,
      ...(articleText ? { text: article(vi ? VI : EN) } : {}),
    });
  }
  const annotations: AnnotationRecord[] = [];
  const tagCounts = new Map<string, number>();
  for (let i = 0; i < annotationCount; i++) {
    const doc = documents[i % docCount] as DocumentRecord;
    const vi = doc.lang === 'vi';
    const quote = phrase(vi ? VI : EN, 5 + Math.floor(r() * 20));
    const note = r() < 0.4 ? pick(vi ? NOTES_VI : NOTES_EN) : '';
    const tags = [
      ...new Set(
        Array.from({ length: Math.floor(r() * 4) }, () => TAGS[Math.floor(r() ** 2 * TAGS.length)] as string),
      ),
    ];
    for (const t of tags) tagCounts.set(t, (tagCounts.get(t) ?? 0) + 1);
    const createdAt = doc.firstVisitedAt + Math.floor(r() * 30 * 86_400_000);
    const at = Math.floor(r() * 5000);
    annotations.push({
      id: uuid(r),
      documentId: doc.id,
      selectors: [
        { type: 'TextQuoteSelector', exact: quote, prefix: 'trước ', suffix: ' sau' },
        { type: 'TextPositionSelector', start: at, end: at + quote.length },
      ],
      quote,
      note,
      tags,
      colour: pick(HIGHLIGHT_COLOURS),
      entityKeys: r() < 0.5 ? [pick(ENTITIES)] : [],
      createdAt,
      updatedAt: createdAt,
      anchorState: 'anchored',
    });
  }
  const tags = [...tagCounts].map(([name, count]) => ({ name, count, createdAt: start }));
  return { documents, annotations, tags };
}

/** A generated library, ready to write. */
export type GeneratedLibrary = ReturnType<typeof generate>;

/** Empties every table Margin keeps library data in (one transaction). */
export async function clearLibrary(db: MarginDatabase): Promise<void> {
  const tables = [db.documents, db.texts, db.annotations, db.entities, db.mentions, db.tags, db.search];
  await db.transaction('rw', tables, () =>
    Promise.all([
      db.search.clear(),
      db.texts.clear(),
      db.documents.clear(),
      db.annotations.clear(),
      db.entities.clear(),
      db.mentions.clear(),
      db.tags.clear(),
    ]),
  );
}

/**
 * Writes one slice of the generated library, in its own transaction: slice 0 writes the documents and
 * tags, every slice `chunk` annotations; the last one stores the annotation count the Library's first
 * page reads. Chromium's IndexedDB holds a whole transaction in memory, and 100,000 annotations with
 * their index entries in one transaction could exhaust the renderer, so callers write
 * slice by slice.
 *
 * @returns whether slices remain after this one.
 */
export async function writeSlice(
  db: MarginDatabase,
  lib: GeneratedLibrary,
  slice: number,
  chunk = 5_000,
): Promise<boolean> {
  const part = lib.annotations.slice(slice * chunk, (slice + 1) * chunk);
  const last = (slice + 1) * chunk >= lib.annotations.length;
  const tables = [db.documents, db.texts, db.annotations, db.tags, db.settings, db.search];
  await db.transaction('rw', tables, async () => {
    if (slice === 0) {
      // Stored as Margin stores them: the texts apart from their documents (schema v3).
      const { documents, texts } = splitTexts(lib.documents);
      await db.documents.bulkAdd(documents);
      await putInSlices(db.texts, texts, { slice: TEXT_SLICE });
      await db.tags.bulkAdd(lib.tags);
    }
    await db.annotations.bulkAdd(part);
    if (last) {
      await db.settings.put({ key: ANNOTATION_COUNT_KEY, value: lib.annotations.length });
      // One search record per document, written once (per slice they would be rewritten every time).
      await db.search.bulkAdd(buildSearchRecords(lib.documents, lib.annotations, Date.now()));
    }
  });
  return !last;
}

/** Clears every table and writes a generated library through Dexie, slice by slice (small libraries). */
export async function populate(db: MarginDatabase, docCount: number, annotationCount: number, seed = 7) {
  const lib = generate(docCount, annotationCount, seed);
  await clearLibrary(db);
  for (let slice = 0; await writeSlice(db, lib, slice); slice++);
  return { documents: lib.documents.length, annotations: lib.annotations.length, tags: lib.tags.length };
}
