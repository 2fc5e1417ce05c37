/**
 * What the background says when a request fails, in the reader's UI language: these messages reach
 * the in-page toolbar, the popup, the side panel and the options page as they are. Field-level
 * validation messages stay in English (they name fields for developers and never reach a reader
 * through normal use).
 */
export type ReplyLang = 'en' | 'vi';

/** Storage failures by the name Dexie or IndexedDB gives them. */
export type StorageFailure =
  | 'QuotaExceededError'
  | 'DatabaseClosedError'
  | 'OpenFailedError'
  | 'MissingAPIError'
  | 'VersionError'
  | 'InvalidStateError';

type Table = {
  storage: Record<StorageFailure, string>;
  storageOther: (detail: string) => string;
  internal: string;
  forbiddenSender: string;
  /** An import session the background no longer holds (cancelled, replaced, idle, or the worker restarted). */
  importSessionGone: string;
  /** An import job the background no longer knows (the worker restarted: nothing was written). */
  importJobGone: string;
  /** A new import while one is being checked or written. */
  importBusy: string;
  /** A file that is not JSON; `detail` gives the line and column (in English, as the parser said). */
  importNotJson: (detail: string) => string;
};

const EN: Table = {
  storage: {
    QuotaExceededError:
      "The browser's storage for Margin is full; nothing was saved. Free some disk space and try again.",
    DatabaseClosedError:
      "Margin's database is closed; nothing was saved. Reload the extension and try again.",
    OpenFailedError: "Margin's database could not be opened; nothing was saved.",
    MissingAPIError: 'This browser gives Margin no database (private window?); nothing was saved.',
    VersionError: "Margin's database is newer than this version of Margin; nothing was changed.",
    InvalidStateError: "Margin's database is unavailable; nothing was saved.",
  },
  storageOther: (detail) => `Margin could not reach its database (${detail}); nothing was saved.`,
  internal: 'Something went wrong in Margin; nothing was changed.',
  forbiddenSender: 'Only Margin\u2019s own pages may do this.',
  importSessionGone:
    'Margin no longer holds this file (the import was cancelled, replaced by another, left idle, or Margin restarted); nothing was imported. Choose the file again.',
  importJobGone:
    'Margin stopped before this import finished, so nothing was imported (an import is written all at once or not at all). Choose the file again.',
  importBusy: 'Another import is still running; wait until it is done, then try again.',
  importNotJson: (detail) => `the file is not JSON (${detail}).`,
};

const VI: Table = {
  storage: {
    QuotaExceededError:
      'Bộ nhớ của trình duyệt dành cho Margin đã đầy; chưa có gì được lưu. Hãy giải phóng dung lượng đĩa rồi thử lại.',
    DatabaseClosedError:
      'Cơ sở dữ liệu của Margin đã đóng; chưa có gì được lưu. Hãy tải lại tiện ích rồi thử lại.',
    OpenFailedError: 'Không mở được cơ sở dữ liệu của Margin; chưa có gì được lưu.',
    MissingAPIError:
      'Trình duyệt không cho Margin dùng cơ sở dữ liệu (cửa sổ riêng tư?); chưa có gì được lưu.',
    VersionError: 'Cơ sở dữ liệu của Margin mới hơn phiên bản Margin này; không có gì bị thay đổi.',
    InvalidStateError: 'Cơ sở dữ liệu của Margin đang không dùng được; chưa có gì được lưu.',
  },
  storageOther: (detail) => `Margin không truy cập được cơ sở dữ liệu (${detail}); chưa có gì được lưu.`,
  internal: 'Margin gặp lỗi; không có gì bị thay đổi.',
  forbiddenSender: 'Chỉ các trang của Margin mới được làm việc này.',
  importSessionGone:
    'Margin không còn giữ tệp này (lần nhập đã bị huỷ, bị thay bằng lần khác, bị bỏ dở quá lâu, hoặc Margin đã khởi động lại); chưa có gì được nhập. Hãy chọn lại tệp.',
  importJobGone:
    'Margin đã dừng trước khi nhập xong nên chưa có gì được nhập (mỗi lần nhập được ghi trọn vẹn hoặc không ghi gì). Hãy chọn lại tệp.',
  importBusy: 'Một lần nhập khác vẫn đang chạy; hãy chờ nó xong rồi thử lại.',
  importNotJson: (detail) => `tệp không phải JSON (${detail}).`,
};

/** The messages in one language. */
export function errorMessages(lang: ReplyLang): Table {
  return lang === 'vi' ? VI : EN;
}
