import { describe, expect, it } from 'vitest';
import { UiError } from '@/src/ui/data/ui-error';
import { errorText } from '@/src/ui/i18n/error-text';
import { createI18n } from '@/src/ui/i18n/i18n-context';

describe('errorText', () => {
  it("words the UI's own failures in the reader's language", () => {
    const error = new UiError('pageNotReady', 'The page is not ready for Margin yet.');
    expect(errorText(createI18n('vi').t, error)).toMatch(/^Trang chưa sẵn sàng cho Margin/);
    expect(errorText(createI18n('en').t, error)).toMatch(/^The page is not ready for Margin/);
  });

  it("shows the background's reply (already in the reader's language) and anything else as it is", () => {
    const vi = createI18n('vi').t;
    expect(errorText(vi, new Error('Bộ nhớ đã đầy; chưa có gì được lưu.'))).toBe(
      'Bộ nhớ đã đầy; chưa có gì được lưu.',
    );
    expect(errorText(vi, 'plain')).toBe('plain');
  });
});
