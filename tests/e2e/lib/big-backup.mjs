/**
 * A synthetic Margin JSON backup of `annotations` annotations over `documents` articles, each note
 * `noteChars` long (Vietnamese words, an emoji), for import tests that need a file larger than one
 * import part (8 Mi UTF-16 units) without a profile to export it from.
 */
export function bigBackup({
  annotations = 2500,
  documents = 25,
  noteChars = 4000,
  baseUrl = 'https://example.org',
} = {}) {
  const t0 = Date.UTC(2025, 0, 1);
  const docs = [];
  for (let d = 0; d < documents; d++) {
    const url = `${baseUrl}/bai-${d}.html`;
    docs.push({
      id: `doc-${d}`,
      urls: [url],
      url,
      site: new URL(url).hostname,
      title: `Bài ${d}: Phó Cục trưởng nhận nhiệm vụ mới`,
      firstVisitedAt: t0,
      lastVisitedAt: t0,
      terms: [],
    });
  }
  const words = 'cán bộ kiểm tra công tác bảo vệ chính trị nội bộ năm 2024 🗂️ ';
  const note = words
    .repeat(Math.ceil(noteChars / words.length))
    .slice(0, noteChars)
    .trim();
  const notes = [];
  for (let i = 0; i < annotations; i++) {
    const quote = `đoạn trích số ${i}`;
    notes.push({
      id: `ann-${i}`,
      documentId: `doc-${i % documents}`,
      selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
      quote,
      note: `${i}: ${note}`,
      tags: [`thẻ ${i % 5}`],
      colour: 'yellow',
      entityKeys: [],
      createdAt: t0 + i,
      updatedAt: t0 + i,
      terms: [],
    });
  }
  return JSON.stringify({
    format: 'margin-backup',
    schemaVersion: 1,
    exportedAt: '2025-01-01T00:00:00.000Z',
    documents: docs,
    annotations: notes,
    entities: [],
    mentions: [],
    tags: [],
    settings: [],
  });
}
