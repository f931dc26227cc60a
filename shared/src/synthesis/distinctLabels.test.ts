import { describe, expect, it } from 'vitest';
import { distinctLabels } from './distinctLabels.ts';
import type { SynthesisCluster } from './types.ts';

const cluster = (id: string, label: string, keywords: string[], rep: string): SynthesisCluster => ({
  id,
  label,
  noteIds: [rep],
  representativeIds: [rep],
  keywords,
});

describe('distinct cluster labels', () => {
  it('keeps the name for the biggest cluster and tells the next apart by a word of its own', () => {
    const texts = new Map([
      ['a', 'School en pabo in één team'],
      ['b', 'Opleiden doen we samen'],
      ['c', 'Samen met de hogeschool'],
    ]);
    const result = distinctLabels(
      [
        cluster('1', 'Samenwerking', ['samenwerking', 'team'], 'a'),
        cluster('2', 'Samenwerking', ['samenwerking', 'opleiden'], 'b'),
        cluster('3', 'samenwerking', ['samenwerking'], 'c'),
      ],
      texts,
    );
    expect(result.map((c) => c.label)).toEqual(['Samenwerking', 'Samenwerking: opleiden', 'Samen met de hogeschool']);
  });

  it('leaves distinct labels alone', () => {
    const input = [cluster('1', 'Tijd', [], 'a'), cluster('2', 'Begeleiding', [], 'b')];
    expect(distinctLabels(input, new Map())).toEqual(input);
  });
});
