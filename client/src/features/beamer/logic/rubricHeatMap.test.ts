import { describe, expect, it } from 'vitest';
import { heatColour, heatMapRows, highlights } from './rubricHeatMap';

const aspects = [
  { id: 'commitment', title: 'Commitment', phases: ['a', 'b', 'c', 'd'] },
  { id: 'visie', title: 'De visie zelf', phases: ['a', 'b', 'c', 'd'] },
  { id: 'praktijk', title: 'Praktijk', phases: ['a', 'b', 'c', 'd'] },
  { id: 'doorleefd', title: 'Doorleefd', phases: [null, 'b', 'c', 'd'] },
];

const result = (spread: Record<string, [number, number, number, number]>) => ({ stepId: 'r', respondents: 5, spread });

describe('heatMapRows', () => {
  it('gives per aspect the counts, shares and median phase', () => {
    const rows = heatMapRows({ aspects }, result({ commitment: [1, 3, 1, 0], visie: [0, 0, 2, 3], praktijk: [0, 0, 0, 0], doorleefd: [2, 0, 0, 2] }));
    expect(rows[0]).toMatchObject({ aspectId: 'commitment', total: 5, median: 2 });
    expect(rows[0]?.cells.map((c) => [c.count, c.share])).toEqual([
      [1, 0.2],
      [3, 0.6],
      [1, 0.2],
      [0, 0],
    ]);
    expect(rows[1]?.median).toBe(4);
    expect(rows[2]).toMatchObject({ total: 0, median: null, spread: 0 });
    expect(rows[3]?.spread).toBeCloseTo(1.5);
  });
});

describe('highlights', () => {
  it('names the highest medians as strengths, the lowest and the most divided for attention', () => {
    const rows = heatMapRows({ aspects }, result({ commitment: [1, 3, 1, 0], visie: [0, 0, 2, 3], praktijk: [0, 4, 1, 0], doorleefd: [0, 2, 0, 2] }));
    const { strengths, attention } = highlights(rows);
    expect(strengths.map((h) => h.aspectId)).toEqual(['visie']);
    expect(attention.map((h) => [h.aspectId, h.reason])).toEqual([
      ['commitment', 'laag'],
      ['praktijk', 'laag'],
      ['doorleefd', 'laag'],
    ]);
  });

  it('adds the widest spread when it is not already named', () => {
    const rows = heatMapRows({ aspects }, result({ commitment: [0, 3, 0, 0], visie: [0, 0, 4, 0], praktijk: [2, 0, 1, 2], doorleefd: [0, 0, 0, 0] }));
    const { strengths, attention } = highlights(rows);
    expect(strengths.map((h) => h.aspectId)).toEqual(['visie', 'praktijk']);
    expect(attention.map((h) => [h.aspectId, h.reason])).toEqual([['commitment', 'laag']]);
    const even = heatMapRows({ aspects: aspects.slice(0, 2) }, result({ commitment: [0, 3, 0, 0], visie: [2, 1, 0, 2] }));
    expect(highlights(even)).toEqual({ strengths: [], attention: [{ aspectId: 'visie', title: 'De visie zelf', reason: 'verdeeld', median: 2 }] });
  });

  it('names nothing before anyone answered', () => {
    expect(highlights(heatMapRows({ aspects }, undefined))).toEqual({ strengths: [], attention: [] });
  });
});

describe('heatColour', () => {
  it('darkens with the share and keeps text readable', () => {
    expect(heatColour(0)).toEqual({ background: 'rgb(244 247 251)', color: '#0d1321' });
    expect(heatColour(1)).toEqual({ background: 'rgb(11 47 102)', color: '#ffffff' });
    expect(heatColour(0.5).color).toBe('#ffffff');
  });
});
