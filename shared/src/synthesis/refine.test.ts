import { describe, expect, it } from 'vitest';
import { refineAssignments } from './refine.ts';

// Four notes: 0,1,2 alike, 3 alike to 2 only a little. Linkage put 2 with 3 by mistake.
const values = Float32Array.from([
  1, 0.6, 0.5, 0,
  0.6, 1, 0.5, 0,
  0.5, 0.5, 1, 0.1,
  0, 0, 0.1, 1,
]);
const matrix = { size: 4, values };

describe('refineAssignments', () => {
  it('moves a misfit to the cluster it resembles most', () => {
    expect([...refineAssignments(matrix, Int32Array.from([0, 0, 1, 1]), 0.2)]).toEqual([0, 0, 0, 1]);
  });
  it('never moves locked notes (the facilitator’s groups)', () => {
    expect([...refineAssignments(matrix, Int32Array.from([0, 0, 1, 1]), 0.2, [false, false, true, true])]).toEqual([0, 0, 1, 1]);
  });
});
