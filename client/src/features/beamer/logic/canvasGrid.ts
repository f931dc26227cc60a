/**
 * How a prompt step's canvases share the wall: columns by count (five pillars → three columns,
 * two rows), and each row as high as its notes need, an empty row keeping room for its question.
 */
export function gridColumns(count: number): number {
  if (count <= 3) return Math.max(1, count);
  if (count === 4) return 2;
  return 3;
}

/** `grid-template-rows` with one weight per row: 1 + the notes showing in that row. */
export function rowTemplate(noteCounts: readonly number[], columns: number): string | undefined {
  const rows = Math.ceil(noteCounts.length / columns);
  if (rows < 2) return undefined;
  const weights = Array.from({ length: rows }, (_, r) => 1 + noteCounts.slice(r * columns, (r + 1) * columns).reduce((a, b) => a + b, 0));
  const floor = rows > 2 ? 16 : 22;
  return weights.map((w) => `minmax(${floor}vh, ${w}fr)`).join(' ');
}
