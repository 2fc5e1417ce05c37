// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exportFileName } from '@/src/core/export/file-name';

describe('exportFileName', () => {
  it.each([
    [
      'markdown',
      'Phó Cục trưởng: "Kiểm tra" sẽ tiếp tục',
      'margin-2026-01-02-pho-cuc-truong-kiem-tra-se-tiep-tuc.md',
    ],
    ['backup', undefined, 'margin-2026-01-02.margin.json'],
    ['csv', 'Tag: Đảng ủy / 2024', 'margin-2026-01-02-tag-dang-uy-2024.csv'],
    ['bibtex', '😀', 'margin-2026-01-02.bib'],
    ['web-annotation', 'x'.repeat(100), `margin-2026-01-02-${'x'.repeat(60)}.jsonld`],
  ] as const)('%s %j → %s', (format, label, name) => {
    expect(exportFileName(format, '2026-01-02T23:00:00Z', label)).toBe(name);
  });
});
