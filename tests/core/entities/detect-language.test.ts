// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '@/src/core/entities/detect-language';

describe('detectLanguage', () => {
  it.each([
    [
      'Vietnamese with diacritics',
      'Chiều nay, Thủ tướng chủ trì cuộc họp của Chính phủ về phát triển kinh tế.',
      'vi',
    ],
    [
      'Vietnamese in NFD',
      'Bộ Chính trị đã họp và thống nhất nhiều nội dung quan trọng.'.normalize('NFD'),
      'vi',
    ],
    [
      'Vietnamese typed without diacritics',
      'Thu tuong da chu tri cuoc hop cua Chinh phu va cac bo nganh trong ngay',
      'vi',
    ],
    ['English', 'The Secretary met the Foreign Minister to discuss trade and security.', 'en'],
    [
      'English quoting Vietnamese names',
      'Prime Minister Phạm Minh Chính met the delegation of the United States in Washington on Monday.',
      'en',
    ],
    ['a short Vietnamese place name', 'Hà Nội', 'vi'],
    ['empty', '', 'en'],
    ['digits only', '2024 - 2025', 'en'],
  ])('%s', (_label, text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('looks only at the start of a long text', () => {
    const text = `${'Tỉnh ủy đã họp và thống nhất. '.repeat(300)}${'The committee met. '.repeat(100_000)}`;
    expect(detectLanguage(text)).toBe('vi');
  });
});
