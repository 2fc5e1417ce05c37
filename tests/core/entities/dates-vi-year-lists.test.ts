// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findDates } from '@/src/core/entities/dates/find-dates';

const vi = (text: string) =>
  findDates(text, { lang: 'vi', referenceDate: '2024-05-01' }).map((e) => [e.text, e.value]);

describe('findDates (Vietnamese): a list of years shares its unit word', () => {
  it('"năm 2018 và 2019": the second year is a date of its own', () => {
    expect(vi('sai phạm trong năm 2018 và 2019.')).toEqual([
      ['năm 2018', '2018'],
      ['2019', '2019'],
    ]);
  });

  it('"các năm 2019, 2020 và 2021": every year of the list', () => {
    expect(vi('trong các năm 2019, 2020 và 2021, Bộ đã')).toEqual([
      ['năm 2019', '2019'],
      ['2020', '2020'],
      ['2021', '2021'],
    ]);
  });

  it('not a count, a decreasing number or a year after a range', () => {
    expect(vi('năm 2023, 2000 hộ dân được hỗ trợ')).toEqual([['năm 2023', '2023']]);
    expect(vi('năm 2020 và 1990 đã')).toEqual([['năm 2020', '2020']]);
    expect(vi('năm 2020 và 1.500 người')).toEqual([['năm 2020', '2020']]);
  });

  it('"ngày 3 và 10/10": two days sharing their month are two dates, a list and not a range', () => {
    expect(vi('Trong hai ngày 3 và 4/10, hội nghị diễn ra.')).toEqual([
      ['ngày 3', '2024-10-03'],
      ['4/10', '2024-10-04'],
    ]);
    expect(vi('Các phiên họp diễn ra vào ngày 3 và 10/10/2023.')).toEqual([
      ['ngày 3', '2023-10-03'],
      ['10/10/2023', '2023-10-10'],
    ]);
    expect(vi('Trong các ngày 10, 11 và 12/6, đoàn làm việc.')).toEqual([
      ['ngày 10', '2024-06-10'],
      ['11', '2024-06-11'],
      ['12/6', '2024-06-12'],
    ]);
    // A range stays one span.
    expect(vi('Hội nghị diễn ra từ ngày 27 - 30/6.')).toEqual([['ngày 27 - 30/6', '2024-06-27/2024-06-30']]);
  });
});
