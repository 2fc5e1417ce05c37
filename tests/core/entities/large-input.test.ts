// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recognise } from '@/src/core/entities/recognise.ts';
import type { Entity } from '@/src/core/entities/types.ts';

// Guards the speed work (interned tokens, per-word masks, shared tables): one call over a large text must
// find exactly what calls over its articles find. The articles are written for this test (fictional
// people); each names its officials in full with an office, so no mention depends on another article.
const VI_ARTICLES = [
  'Sáng 14/3, Phó Chủ tịch UBND tỉnh Quảng Trị Hồ Văn Khải đã làm việc với Sở Tài chính và Ban Quản lý ' +
    'dự án đầu tư xây dựng tỉnh về kế hoạch năm 2025.\nÔng Hồ Văn Khải đề nghị các sở, ngành khẩn trương ' +
    'hoàn thiện hồ sơ trước ngày 30/6/2025.\nẢnh: Lý Thu Trang/TTXVN',
  'Chiều 2/4, đồng chí Mạc Đình Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Hà Giang, ' +
    'chủ trì hội nghị của Đảng ủy Công an tỉnh.\nĐồng chí Sơn yêu cầu Cục Bảo vệ chính trị nội bộ phối ' +
    'hợp chặt chẽ với Ủy ban Kiểm tra Tỉnh ủy trong tháng 5/2025.',
  'Thứ trưởng Bộ Giáo dục và Đào tạo Tạ Minh Luân cho biết từ năm học 2025-2026, Trường Đại học Sư phạm ' +
    'Huế sẽ mở thêm ngành mới.\nBà Vi Thị Ngọc Lan, Giám đốc Sở Giáo dục và Đào tạo tỉnh Lạng Sơn, ' +
    'đề xuất tăng chỉ tiêu tuyển sinh.',
];

const EN_ARTICLES = [
  'On March 3, 2025, Secretary of Commerce Daniel Whitcombe met Gov. Laura Penhallow of Vermont at the ' +
    'Department of Commerce. Whitcombe said the Economic Development Administration would fund new ports.',
  'Senator Marcus Oyelaran, chairman of the Senate Committee on Energy and Natural Resources, said on ' +
    'Tuesday that the committee would hold a hearing in June. The Environmental Protection Agency declined ' +
    'to comment.',
];

// Filler with many distinct words, so that a large call also fills (and clears) the word intern table.
function filler(k: number): string {
  const parts: string[] = [];
  for (let j = 0; j < 60; j++) parts.push(`mã hồ sơ ${1_000_000 + k * 60 + j}`);
  return `Danh sách lưu trữ gồm ${parts.join(', ')}.`;
}

function shifted(entities: Entity[], by: number): Entity[] {
  return entities.map((e) => ({
    ...e,
    start: e.start + by,
    end: e.end + by,
    ...(e.titles ? { titles: e.titles.map((t) => ({ ...t, start: t.start + by, end: t.end + by })) } : {}),
  }));
}

function check(articles: string[], lang: 'vi' | 'en', withFiller: boolean) {
  const parts: string[] = [];
  for (let k = 0; k < 300; k++) {
    parts.push(articles[k % articles.length]!);
    if (withFiller) parts.push(filler(k));
  }
  const text = parts.join('\n\n');
  const whole = recognise(text, { lang, referenceDate: '2025-03-14' });
  const pieces: Entity[] = [];
  let offset = 0;
  for (const p of parts) {
    pieces.push(...shifted(recognise(p, { lang, referenceDate: '2025-03-14' }), offset));
    offset += p.length + 2;
  }
  expect(whole.length).toBeGreaterThan(300);
  expect(whole).toEqual(pieces);
}

describe('recognise on a large input', () => {
  it('finds in one Vietnamese call what it finds article by article', () => {
    check(VI_ARTICLES, 'vi', true);
  });

  it('finds in one English call what it finds article by article', () => {
    check(EN_ARTICLES, 'en', false);
  });
});
