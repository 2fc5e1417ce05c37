/** Renders bench rows as a plain-text table for the terminal. */

const fmt = (x) =>
  typeof x !== 'number' || !Number.isFinite(x)
    ? ''
    : Math.abs(x) >= 100
      ? x.toFixed(0)
      : Math.abs(x) >= 10
        ? x.toFixed(1)
        : x.toFixed(2);

/**
 * @param {Array<{ issue?: string|number, name: string, value: number|null, unit: string,
 *   baseline?: { name: string, value: number }, ratio?: number, goal?: string|number }>} rows
 * @returns {string}
 */
export function formatTable(rows) {
  const header = ['issue', 'name', 'value', 'unit', 'baseline', 'ratio', 'goal'];
  const body = rows.map((r) => [
    r.issue === undefined ? '' : `#${r.issue}`,
    r.name,
    r.value === null ? 'n/a' : fmt(r.value),
    r.unit ?? '',
    r.baseline ? `${r.baseline.name} = ${fmt(r.baseline.value)}` : '',
    r.ratio === undefined ? '' : `${fmt(r.ratio)}×`,
    r.goal === undefined ? '' : String(r.goal),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i === 2 || i === 5 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
