import { describe, expect, it } from 'vitest';
import { distinctLabels } from './distinctLabels.ts';

describe('distinct cluster labels', () => {
  it('gives the biggest cluster its best label and the next its best label still free', () => {
    expect(distinctLabels([['Vaste coach', 'Eigen mentor'], ['vaste coach', 'Coach op afstand'], ['Vaste coach']])).toEqual([
      'Vaste coach',
      'Coach op afstand',
      'Vaste coach (2)',
    ]);
  });

  it('leaves distinct labels alone', () => {
    expect(distinctLabels([['Tijd voor intervisie'], ['Minder werkdruk']])).toEqual(['Tijd voor intervisie', 'Minder werkdruk']);
  });
});
