import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  it('grows exponentially and stays between half and all of the ceiling', () => {
    expect(backoffDelay(0, { random: () => 0 })).toBe(250);
    expect(backoffDelay(0, { random: () => 1 })).toBe(500);
    expect(backoffDelay(3, { random: () => 1 })).toBe(4000);
  });

  it('never waits longer than the cap', () => {
    expect(backoffDelay(50, { random: () => 1 })).toBe(15_000);
    expect(backoffDelay(50, { random: () => 0 })).toBe(7500);
  });
});
