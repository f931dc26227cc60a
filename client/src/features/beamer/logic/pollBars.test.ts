import { describe, expect, it } from 'vitest';
import { answersText, pollBars } from './pollBars';

const options = [
  { id: 'a', label: 'Nauwelijks' },
  { id: 'b', label: 'Klein' },
  { id: 'c', label: 'Meesten' },
];

describe('pollBars', () => {
  it('keeps a scale in order with counts and percentages of respondents', () => {
    const { bars, respondents } = pollBars({ kind: 'scale', options }, { stepId: 'p', respondents: 4, counts: { a: 1, b: 0, c: 3 } });
    expect(respondents).toBe(4);
    expect(bars.map((b) => [b.id, b.count, b.percent])).toEqual([
      ['a', 1, 25],
      ['b', 0, 0],
      ['c', 3, 75],
    ]);
  });

  it('sorts a choice by count, ties in script order', () => {
    const { bars } = pollBars({ kind: 'choice', options }, { stepId: 'p', respondents: 3, counts: { a: 1, b: 2, c: 1 } });
    expect(bars.map((b) => b.id)).toEqual(['b', 'a', 'c']);
    expect(bars.map((b) => b.percent)).toEqual([67, 33, 33]);
  });

  it('shows empty bars before anyone answered', () => {
    const { bars, respondents } = pollBars({ kind: 'choice', options }, undefined);
    expect(respondents).toBe(0);
    expect(bars.map((b) => b.percent)).toEqual([0, 0, 0]);
    expect(bars.map((b) => b.id)).toEqual(['a', 'b', 'c']);
  });

  it('says answers in Dutch', () => {
    expect(answersText(1)).toBe('1 antwoord');
    expect(answersText(0)).toBe('0 antwoorden');
  });
});
