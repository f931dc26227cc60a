import { describe, expect, it } from 'vitest';
import { nextTarget } from './keyboardJump';

describe('nextTarget', () => {
  const order = ['unsorted', 'cluster:a', 'cluster:b', 'new-cluster'];
  it('steps forward and back in board order, wrapping around', () => {
    expect(nextTarget(order, 'unsorted', 1)).toBe('cluster:a');
    expect(nextTarget(order, 'cluster:a', -1)).toBe('unsorted');
    expect(nextTarget(order, 'new-cluster', 1)).toBe('unsorted');
    expect(nextTarget(order, 'unsorted', -1)).toBe('new-cluster');
  });
  it('starts at an end when nothing is under the card yet', () => {
    expect(nextTarget(order, null, 1)).toBe('unsorted');
    expect(nextTarget(order, 'gone', -1)).toBe('new-cluster');
    expect(nextTarget([], null, 1)).toBeNull();
  });
});
