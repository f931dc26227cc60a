/**
 * Whole percent of a total, as every screen and export shows it; null when the total is zero.
 * @example percentOf(2, 3) // 67
 */
export function percentOf(count: number, total: number): number | null {
  return total > 0 ? Math.round((count / total) * 100) : null;
}

/** "67%", or "–" when nobody answered. */
export function percentText(count: number, total: number): string {
  const percent = percentOf(count, total);
  return percent === null ? '–' : `${percent}%`;
}
