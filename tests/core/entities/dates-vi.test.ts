// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findDates } from '@/src/core/entities/dates/find-dates';

const vi = (text: string, referenceDate?: string) =>
  findDates(text, { lang: 'vi', ...(referenceDate ? { referenceDate } : {}) }).map((e) => [e.text, e.value]);

describe('findDates (Vietnamese): forms the guidelines call dates', () => {
  it.each([
    // a day-part or "ngày" before day/month; year from the article's date
    ['Ngày 3/9, hội nghị khai mạc.', '2023-06-15', [['Ngày 3/9', '2023-09-03']]],
    ['Tối 12/3 tại Huế', '2021', [['Tối 12/3', '2021-03-12']]],
    ['Trưa ngày 1-10-2019 đoàn đến', undefined, [['Trưa ngày 1-10-2019', '2019-10-01']]],
    ['hôm 8.11.2020 ông nói', undefined, [['hôm 8.11.2020', '2020-11-08']]],
    ['khai trương ngày 15 tháng 8 năm 2015.', undefined, [['ngày 15 tháng 8 năm 2015', '2015-08-15']]],
    ['Hà Nội, 2 tháng 9 năm 1945', undefined, [['2 tháng 9 năm 1945', '1945-09-02']]],
    // a full numeric date stands alone
    [
      'ký 19-8-2022 và 3/2/1930',
      undefined,
      [
        ['19-8-2022', '2022-08-19'],
        ['3/2/1930', '1930-02-03'],
      ],
    ],
    // months and years need their unit word
    [
      'trong tháng 11/2018, rồi tháng 2 năm 2019',
      undefined,
      [
        ['tháng 11/2018', '2018-11'],
        ['tháng 2 năm 2019', '2019-02'],
      ],
    ],
    ['đến tháng 7', '2022-05-01', [['tháng 7', '2022-07']]],
    [
      'từ năm 1998 đến năm 2003',
      undefined,
      [
        ['năm 1998', '1998'],
        ['năm 2003', '2003'],
      ],
    ],
    // ranges are one span
    ['diễn ra ngày 12 - 14/10', '2020', [['ngày 12 - 14/10', '2020-10-12/2020-10-14']]],
    ['từ sáng 30/9 - 2/10', '2020', [['sáng 30/9 - 2/10', '2020-09-30/2020-10-02']]],
    ['nhiệm kỳ 2020 – 2025', undefined, [['2020 – 2025', '2020/2025']]],
    ['giai đoạn 2021-2030', undefined, [['2021-2030', '2021/2030']]],
    // periods, birth years
    ['9 tháng đầu năm 2019 tăng', undefined, [['9 tháng đầu năm 2019', '2019-01/2019-09']]],
    ['quý III/2023', undefined, [['quý III/2023', '2023-07/2023-09']]],
    ['ông Trần Văn B (SN 1971), quê', undefined, [['1971', '1971']]],
    // a relative day or weekday pins a bracketed day/month; the span is the date itself
    ['Chiều nay (14/3), đoàn tới', '2019-03-14', [['14/3', '2019-03-14']]],
    ['vào thứ Sáu (8/11/2019)', undefined, [['8/11/2019', '2019-11-08']]],
  ])('%s', (text, ref, expected) => {
    expect(vi(text, ref)).toEqual(expected);
  });
});

describe('findDates (Vietnamese): what is not a date', () => {
  it.each([
    ['có 15 năm công tác', 'a duration'],
    ['sau 3 tháng thử việc', 'a duration in months'],
    ['Quyết định số 1234/QĐ-UBND, Chỉ thị 05-CT/TW', 'document numbers'],
    ['Nghị định 15/2020/NĐ-CP', 'a decree number with a year in it'],
    ['kỷ niệm Cách mạng Tháng 8 thành công', 'a month inside a name'],
    ['hôm nay, chiều nay, Buổi sáng', 'relative expressions'],
    ['đạt 24/4 chỉ tiêu', 'a fraction without a calendar word'],
    ['chiếm (2/3) số phiếu', 'a bracketed fraction'],
    ['ngày 35/13', 'an impossible day'],
  ])('%s (%s)', (text) => {
    expect(vi(text)).toEqual([]);
  });
});

describe('findDates (Vietnamese): values and offsets', () => {
  it.each([
    // the year that puts the date closest to the article's date
    ['Ngày 30/12', '2024-01-03', '2023-12-30'],
    ['Ngày 2/1', '2023-12-28', '2024-01-02'],
    ['Ngày 24/4', '2024-04-24', '2024-04-24'],
    // no reference: ISO 8601 without a year
    ['Ngày 24/4', undefined, '--04-24'],
  ])('%s in an article of %s → %s', (text, ref, value) => {
    expect(vi(text, ref)[0]?.[1]).toBe(value);
  });

  it('maps offsets of NFD text back to the string as given', () => {
    const text = 'Chiều ngày 10-5-2017, năm 2024'.normalize('NFD');
    const found = findDates(text, { lang: 'vi' });
    expect(found.map((e) => e.text)).toEqual(
      ['Chiều ngày 10-5-2017', 'năm 2024'].map((s) => s.normalize('NFD')),
    );
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('keys a date by its value and marks the language', () => {
    expect(findDates('năm 2016', { lang: 'vi' })[0]).toMatchObject({
      type: 'date',
      key: '2016',
      value: '2016',
      lang: 'vi',
    });
  });

  it.each([
    ['empty', ''],
    ['only capitals', 'NGÀY 24/4, ĐOÀN KIỂM TRA SỐ 4 LÀM VIỆC NĂM 2024'],
    ['stray entities and markup', '&nbsp;ngày&#47;24/4 <b>năm</b> 2024 &amp;'],
    ['a bad reference date', 'Ngày 24/4'],
  ])('never throws: %s', (_label, text) => {
    expect(() => findDates(text, { lang: 'vi', referenceDate: 'not a date' })).not.toThrow();
  });

  it('scans 5 MB without throwing and finds every repeated date', () => {
    const para = 'Sáng 8/2, Tỉnh ủy họp; nhiệm kỳ 2015 - 2020 có 10 năm. ';
    const text = para.repeat(Math.ceil(5_000_000 / para.length));
    expect(findDates(text, { lang: 'vi' })).toHaveLength(2 * Math.ceil(5_000_000 / para.length));
  }, 60_000);
});

describe('findDates (Vietnamese): a day and month after a preposition of time', () => {
  it.each([
    ['Lệnh cấm áp dụng từ 20/5.', '2025-04-02', [['20/5', '2025-05-20']]],
    ['Hồ sơ nhận đến 15/1 năm sau.', '2025-11-20', [['15/1', '2026-01-15']]],
    ['Các đơn vị báo cáo trước 10/4.', '2025-04-02', [['10/4', '2025-04-10']]],
    [
      'Hội chợ mở từ 2/9 đến 28/12.',
      '2025-08-30',
      [
        ['2/9', '2025-09-02'],
        ['28/12', '2025-12-28'],
      ],
    ],
    ['Trạm đã đóng cửa trước 20/12.', '2026-02-01', [['20/12', '2025-12-20']]],
  ])('%s', (text, ref, expected) => {
    expect(vi(text, ref)).toEqual(expected);
  });

  it.each([
    ['tỷ lệ tăng từ 2/5 lên 3/5', 'fractions that rise'],
    ['giảm từ 1/4 số hộ nghèo', 'a fraction of a whole'],
    ['mất từ 3-4 ngày', 'a count of days'],
    ['giá từ 1.5 triệu đồng', 'a decimal'],
  ])('%s (%s) is not a date', (text) => {
    expect(vi(text, '2025-04-02')).toEqual([]);
  });
});

describe('findDates (Vietnamese): a forecast places a bare month ahead', () => {
  it('reads "dự báo" as the future', () => {
    expect(vi('Các chuyên gia dự báo lãi suất giảm vào tháng 2.', '2025-05-10')).toEqual([
      ['tháng 2', '2026-02'],
    ]);
  });
});
