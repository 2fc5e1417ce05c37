// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findDates } from '@/src/core/entities/dates/find-dates';

const vi = (text: string, referenceDate = '2024-06-15') =>
  findDates(text, { lang: 'vi', referenceDate }).map((e) => [e.text, e.value]);

describe('findDates (Vietnamese): month ranges sharing one year', () => {
  it.each([
    ['Dự án thi công từ tháng 3 - 6/2027.', [['tháng 3 - 6/2027', '2027-03/2027-06']]],
    ['Giải ngân từ tháng 3 đến tháng 6/2027.', [['tháng 3 đến tháng 6/2027', '2027-03/2027-06']]],
    ['Mùa khô từ tháng 11 – 12 năm 2020.', [['tháng 11 – 12 năm 2020', '2020-11/2020-12']]],
    // a backwards range is not one period: only the plain month is read
    ['từ tháng 6 - 3/2027', [['tháng 6', '2024-06']]],
  ])('%s', (text, expected) => expect(vi(text)).toEqual(expected));
});

describe('findDates (Vietnamese): abbreviated month "T9/2026"', () => {
  it.each([
    [
      'Khởi công T9/2026, hoàn thành T12/2027.',
      [
        ['T9/2026', '2026-09'],
        ['T12/2027', '2027-12'],
      ],
    ],
    // lower-case t, a letter glued before, or a month past 12 are not dates
    ['mã t9/2026 và AT9/2026', []],
    ['T13/2026', []],
  ])('%s', (text, expected) => expect(vi(text)).toEqual(expected));
});

describe('findDates (Vietnamese): cumulative periods of a year', () => {
  it.each([
    ['Xuất khẩu 11 tháng năm 2023 tăng 5%.', [['11 tháng năm 2023', '2023-01/2023-11']]],
    ['Kết quả 6 tháng đầu năm 2017 khả quan.', [['6 tháng đầu năm 2017', '2017-01/2017-06']]],
    ['Nhiệm vụ 6 tháng cuối năm 2017.', [['6 tháng cuối năm 2017', '2017-07/2017-12']]],
    // a duration without "năm yyyy" stays a duration
    ['Sau 11 tháng thi công.', []],
  ])('%s', (text, expected) => expect(vi(text)).toEqual(expected));
});

describe('findDates (Vietnamese): a bare month placed by the tense of its sentence', () => {
  it.each([
    ['Dự án sẽ khởi công vào tháng 3.', [['tháng 3', '2025-03']]],
    ['Dự kiến tháng 4 thông xe.', [['tháng 4', '2025-04']]],
    ['Theo kế hoạch, tháng 5 sẽ khánh thành.', [['tháng 5', '2025-05']]],
    ['Dự án đã khởi công vào tháng 11.', [['tháng 11', '2023-11']]],
    ['Hội nghị diễn ra vào tháng 7.', [['tháng 7', '2024-07']]],
    // the cue must be in the same sentence
    ['Dự án sẽ xong. Hội nghị tháng 7 bàn tiếp.', [['tháng 7', '2024-07']]],
  ])('%s', (text, expected) => expect(vi(text)).toEqual(expected));
});
