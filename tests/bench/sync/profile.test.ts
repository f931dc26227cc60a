import { describe, expect, it } from 'vitest';
import { hotspots } from './profile.ts';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });

describe('hotspots', () => {
  it('adds self time per function, leaves idle time out and puts the busiest first', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(idle)') },
        { id: 2, callFrame: frame('writev') },
        { id: 3, callFrame: frame('broadcastUpdate', 'file:///srv/app/server/src/rooms/syncAudience.ts', 86) },
        { id: 4, callFrame: frame('writev') },
      ],
      samples: [1, 2, 3, 4, 1, 2],
      timeDeltas: [5000, 2000, 1000, 1000, 5000, 2000],
    };
    const { busyMs, spots } = hotspots(profile, 5);
    expect(busyMs).toBe(6);
    expect(spots.map((s) => [s.name, s.ms])).toEqual([
      ['writev', 5],
      ['broadcastUpdate server/src/rooms/syncAudience.ts:87', 1],
    ]);
    expect(spots[0]?.share).toBeCloseTo(5 / 6);
  });
});
