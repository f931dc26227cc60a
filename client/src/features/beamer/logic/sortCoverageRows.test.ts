import { describe, expect, it } from 'vitest';
import { coverageRows } from './sortCoverageRows';

const question = (canvasId: string, notes: number, timesSorted: number, handfulsWanted: number) => ({ canvasId, prompt: `Vraag ${canvasId}`, notes, timesSorted, handfulsWanted });

describe('coverageRows', () => {
  it('shows the questions with something to sort, full only when nothing more is wanted', () => {
    const rows = coverageRows([question('a', 10, 50, 5), question('b', 1, 0, 0), question('c', 4, 40, 0), question('d', 10, 99, 1)]);
    expect(rows.map((r) => [r.canvasId, r.percent, r.handfulsWanted])).toEqual([
      ['a', 50, 5],
      ['c', 100, 0],
      // One note short of the wanted sorts is not shown as done.
      ['d', 99, 1],
    ]);
  });
});
