import { describe, expect, it } from 'vitest';
import { explainSummary } from './explainSummary';

const theme = (id: string, coveredBy: number) => ({ id, label: id.toUpperCase(), coveredBy });

describe('explainSummary', () => {
  it('gives the share in percent against the norm and the themes named least', () => {
    const summary = explainSummary({
      stepId: 'u',
      norm: 80,
      submitted: 10,
      explaining: 7,
      share: 0.7,
      themes: [theme('a', 8), theme('b', 1), theme('c', 4), theme('d', 1), theme('e', 0)],
    });
    expect(summary).toEqual({ percent: 70, norm: 80, meetsNorm: false, explaining: 7, submitted: 10, missed: ['E', 'B', 'D'] });
  });

  it('meets the norm at or above it, and names nothing missed before any explanation', () => {
    expect(explainSummary({ stepId: 'u', norm: 80, submitted: 5, explaining: 4, share: 0.8, themes: [] }).meetsNorm).toBe(true);
    const empty = explainSummary({ stepId: 'u', norm: 80, submitted: 0, explaining: 0, share: 0, themes: [theme('a', 0)] });
    expect(empty).toMatchObject({ percent: 0, meetsNorm: false, missed: [] });
  });
});
