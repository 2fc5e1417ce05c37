// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findDates } from '@/src/core/entities/dates/find-dates';

const vi = (text: string, referenceDate = '2024-06-15') =>
  findDates(text, { lang: 'vi', referenceDate }).map((e) => [e.text, e.value]);

describe('findDates (Vietnamese): cumulative periods of a year', () => {
  it.each([
    ['Xuất khẩu 11 tháng năm 2023 tăng 5%.', [['11 tháng năm 2023', '2023-01/2023-11']]],
    ['Kết quả 6 tháng đầu năm 2017 khả quan.', [['6 tháng đầu năm 2017', '2017-01/2017-06']]],
    ['Nhiệm vụ 6 tháng cuối năm 2017.', [['6 tháng cuối năm 2017', '2017-07/2017-12']]],
    // a duration without "năm yyyy" stays a duration
    ['Sau 11 tháng thi công.', []],
  ])('%s', (text, expected) => expect(vi(text)).toEqual(expected));
});
