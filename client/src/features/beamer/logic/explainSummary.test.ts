import type { ExplainScore } from '@visiebord/shared/api';
import { describe, expect, it } from 'vitest';
import { missedThemes } from './explainSummary';

const theme = (id: string, coveredBy: number) => ({ id, label: id.toUpperCase(), coveredBy });
const score = (submitted: number, themes: ExplainScore['themes']): ExplainScore => ({
  stepId: 'u',
  norm: 80,
  participants: 12,
  submitted,
  explaining: 0,
  share: 0,
  percent: 0,
  meetsNorm: false,
  themes,
});

describe('missedThemes', () => {
  it('names the themes fewer than half of the explanations name, least named first', () => {
    expect(missedThemes(score(10, [theme('a', 8), theme('b', 1), theme('c', 4), theme('d', 1), theme('e', 0)]))).toEqual(['E', 'B', 'D']);
  });

  it('names nothing missed before any explanation', () => {
    expect(missedThemes(score(0, [theme('a', 0)]))).toEqual([]);
  });
});
