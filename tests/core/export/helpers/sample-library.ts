import type { AnnotationRecord, DocumentRecord, EntityRecord, Library } from '@/src/core/export/library';
import { emptyLibrary } from '@/src/core/export/library';

const t = (iso: string) => Date.parse(iso);

/** A Vietnamese article with a text containing an emoji, so UTF-16 and code-point offsets differ. */
export const TEXT =
  'Mở đầu 😀 bài viết. Ngày 24/4, Phó Cục trưởng Cục Bảo vệ chính trị nội bộ Nguyễn Văn Định cho biết, ' +
  'việc "kiểm tra" sẽ tiếp tục - theo kế hoạch & lộ trình. Kết thúc.';

const quoteAt = (exact: string) => {
  const start = TEXT.indexOf(exact);
  if (start < 0) throw new Error(`not in TEXT: ${exact}`);
  return {
    start,
    end: start + exact.length,
    prefix: TEXT.slice(Math.max(0, start - 32), start),
    suffix: TEXT.slice(start + exact.length, start + exact.length + 32),
  };
};

export const DOC: DocumentRecord = {
  id: '7d0c7c1e-5f0e-4c53-9d53-0f6a4a1f0a11',
  urls: [
    'https://vnexpress.net/pho-cuc-truong-4741234.html',
    'https://m.vnexpress.net/pho-cuc-truong-4741234.html',
  ],
  url: 'https://vnexpress.net/pho-cuc-truong-4741234.html',
  site: 'vnexpress.net',
  siteName: 'VnExpress',
  title: 'Phó Cục trưởng: "Kiểm tra" sẽ tiếp tục',
  byline: 'Nguyễn Văn An, Trần Thị Bình',
  publishedAt: '2024-04-24T08:30:00+07:00',
  lang: 'vi',
  text: TEXT,
  textHash: 'h1',
  firstVisitedAt: t('2024-04-24T02:00:00Z'),
  lastVisitedAt: t('2024-04-25T02:00:00Z'),
  terms: ['phó', 'pho'],
};

/** An annotation on {@link DOC} quoting `exact`. */
export function annotation(
  id: string,
  exact: string,
  extra: Partial<AnnotationRecord> = {},
): AnnotationRecord {
  const q = quoteAt(exact);
  return {
    id,
    documentId: DOC.id,
    selectors: [
      { type: 'TextQuoteSelector', exact, prefix: q.prefix, suffix: q.suffix },
      { type: 'TextPositionSelector', start: q.start, end: q.end },
    ],
    quote: exact,
    note: '',
    tags: [],
    colour: 'yellow',
    entityKeys: [],
    textHash: 'h1',
    createdAt: t('2024-04-25T03:00:00Z'),
    updatedAt: t('2024-04-25T03:00:00Z'),
    terms: [],
    ...extra,
  };
}

export const ENTITY: EntityRecord = {
  key: 'person:nguyen-van-dinh',
  type: 'official',
  name: 'Nguyễn Văn Định',
  aliases: ['Nguyễn Văn Định', 'ông Định'],
  titles: [
    {
      text: 'Phó Cục trưởng',
      firstSeenAt: t('2024-04-24T01:30:00Z'),
      lastSeenAt: t('2024-04-24T01:30:00Z'),
      documentCount: 1,
    },
  ],
  documentCount: 1,
  mentionCount: 2,
  firstSeenAt: t('2024-04-24T01:30:00Z'),
  lastSeenAt: t('2024-04-24T01:30:00Z'),
};

/** A small library: one document, three annotations (one with note, tags and an entity), one entity. */
export function sampleLibrary(): Library {
  return {
    ...emptyLibrary(),
    documents: [DOC],
    annotations: [
      annotation('a1c1f5b2-0000-4000-8000-000000000001', 'Nguyễn Văn Định', {
        note: 'Người phát ngôn chính',
        tags: ['nguồn tin', 'chính trị'],
        entityKeys: [ENTITY.key],
      }),
      annotation(
        'a1c1f5b2-0000-4000-8000-000000000002',
        'việc "kiểm tra" sẽ tiếp tục - theo kế hoạch & lộ trình',
        {
          tags: ['chính trị'],
          createdAt: t('2024-04-25T04:00:00Z'),
          updatedAt: t('2024-04-26T04:00:00Z'),
          colour: 'green',
        },
      ),
      annotation('a1c1f5b2-0000-4000-8000-000000000003', 'bài viết'),
    ],
    entities: [ENTITY],
    tags: [
      { name: 'nguồn tin', count: 1, createdAt: t('2024-04-25T03:00:00Z') },
      { name: 'chính trị', colour: 'red', count: 2, createdAt: t('2024-04-25T03:00:00Z') },
    ],
  };
}
