import { describe, expect, it } from 'vitest';
import { gridColumns, rowTemplate } from './canvasGrid';

describe('canvas grid on the beamer', () => {
  it('puts five pillars in three columns, four questions in two', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(gridColumns)).toEqual([1, 2, 3, 2, 3, 3, 3]);
  });

  it('gives the row with notes the height, and an empty row just room for its question', () => {
    expect(rowTemplate([5, 5, 0, 0, 0], 3)).toBe('minmax(22vh, 11fr) minmax(22vh, 1fr)');
    expect(rowTemplate([2, 0, 0, 0], 2)).toBe('minmax(22vh, 3fr) minmax(22vh, 1fr)');
    expect(rowTemplate([1, 2, 3], 3)).toBeUndefined();
  });
});
