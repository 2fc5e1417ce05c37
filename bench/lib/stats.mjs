/** Summary statistics of timing samples (milliseconds or any unit). */

/**
 * @param {number[]} samples At least one finite number.
 * @returns {{ n: number, median: number, mean: number, min: number, max: number, p90: number }}
 * @throws on an empty list.
 */
export function summarise(samples) {
  if (samples.length === 0) throw new Error('summarise: no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  return {
    n: sorted.length,
    median,
    mean: sorted.reduce((s, x) => s + x, 0) / sorted.length,
    min: sorted[0],
    max: sorted[sorted.length - 1],
    p90: at(0.9),
  };
}
