// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normalizeDate } from '@/src/core/article/normalize-date';

describe('normalizeDate', () => {
  it.each([
    ['2025-10-11T10:02:08+0700', '2025-10-11T10:02:08+07:00'],
    ['2026-03-07T08:52:11.000 +07:00', '2026-03-07T08:52:11+07:00'],
    ['2022-10-10T13:21:17.000Z', '2022-10-10T13:21:17Z'],
    ['2026-03-07T00:01:00', '2026-03-07T00:01:00'],
    ['2026-03-07 08:07', '2026-03-07T08:07:00'],
    ['2024-04-24', '2024-04-24'],
    [' - 07/03/2026 08:47', '2026-03-07T08:47'],
    ['Thứ Tư, 24/4/2024 - 10:05 (GMT+7)', '2024-04-24T10:05'],
    ['Thứ bảy, 07/03/2026', '2026-03-07'],
    ['April 24, 2024', '2024-04-24'],
  ])('%s → %s', (raw, iso) => {
    expect(normalizeDate(raw)).toBe(iso);
  });

  it.each([[null], [''], ['hôm nay'], ['31/02/2024'], ['2024-13-01'], ['12345']])('%s → null', (raw) => {
    expect(normalizeDate(raw)).toBeNull();
  });
});
