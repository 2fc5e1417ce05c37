/** Strings for Margin's in-page UI (cards, toolbar, notices), in the reader's UI language. */
export type ContentStrings = {
  kinds: Record<'official' | 'person' | 'org' | 'date', string>;
  titlesHere: string;
  track: string;
  tracked: string;
  copy: string;
  copied: string;
  close: string;
  countsLoading: string;
  seenElsewhere(documents: number, sites: number): string;
  highlight: string;
  colour(name: string): string;
  note: string;
  notePlaceholder: string;
  tags: string;
  tagsPlaceholder: string;
  save: string;
  delete: string;
  undo: string;
  deleted: string;
  copyCitation: string;
  saved: string;
  saveFailed(reason: string): string;
  selectionTooLong: string;
};

/** A reason as a sentence of its own: ends with one full stop, whether or not it came with one. */
function sentence(reason: string): string {
  const trimmed = reason.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

const EN: ContentStrings = {
  kinds: { official: 'Official', person: 'Person', org: 'Organisation', date: 'Date' },
  titlesHere: 'Titles in this article',
  track: 'Track',
  tracked: 'Tracked',
  copy: 'Copy',
  copied: 'Copied',
  close: 'Close',
  countsLoading: 'Looking in your library…',
  seenElsewhere: (d, s) =>
    d === 0
      ? 'Not in any other saved article yet'
      : `In ${d} other saved article${d === 1 ? '' : 's'} on ${s} site${s === 1 ? '' : 's'}`,
  highlight: 'Highlight',
  colour: (name) => `Highlight in ${name}`,
  note: 'Note',
  notePlaceholder: 'Why does this matter?',
  tags: 'Tags',
  tagsPlaceholder: 'tag, another tag',
  save: 'Save',
  delete: 'Delete',
  undo: 'Undo',
  deleted: 'Annotation deleted',
  copyCitation: 'Copy with citation',
  saved: 'Saved',
  // The reason says what to do (free some space, reload…); Save is still there to try again.
  saveFailed: (reason) => `Could not save: ${sentence(reason)} Your selection is kept.`,
  selectionTooLong: 'That selection is too long to keep as one highlight (over 10,000 characters).',
};

const VI: ContentStrings = {
  // The same words as the popup and side panel (messages-vi.ts, kind…One).
  kinds: { official: 'Quan chức', person: 'Nhân vật', org: 'Cơ quan, tổ chức', date: 'Ngày tháng' },
  titlesHere: 'Chức danh trong bài này',
  track: 'Theo dõi',
  tracked: 'Đang theo dõi',
  copy: 'Sao chép',
  copied: 'Đã sao chép',
  close: 'Đóng',
  countsLoading: 'Đang tìm trong thư viện…',
  seenElsewhere: (d, s) =>
    d === 0 ? 'Chưa có trong bài đã lưu nào khác' : `Có trong ${d} bài đã lưu khác, trên ${s} trang`,
  highlight: 'Đánh dấu',
  colour: (name) => `Đánh dấu màu ${name}`,
  note: 'Ghi chú',
  notePlaceholder: 'Vì sao đoạn này quan trọng?',
  tags: 'Thẻ',
  tagsPlaceholder: 'thẻ, thẻ khác',
  save: 'Lưu',
  delete: 'Xóa',
  undo: 'Hoàn tác',
  deleted: 'Đã xoá chú thích',
  copyCitation: 'Sao chép kèm trích dẫn',
  saved: 'Đã lưu',
  saveFailed: (reason) => `Không lưu được: ${sentence(reason)} Đoạn chọn vẫn được giữ.`,
  selectionTooLong: 'Đoạn chọn quá dài để lưu thành một đánh dấu (hơn 10.000 ký tự).',
};

/** Strings for `lang` ('auto' follows the browser's language). */
export function contentStrings(lang: 'auto' | 'en' | 'vi', browserLanguage = 'en'): ContentStrings {
  const resolved = lang === 'auto' ? (browserLanguage.toLowerCase().startsWith('vi') ? 'vi' : 'en') : lang;
  return resolved === 'vi' ? VI : EN;
}
