import { describe, expect, it } from 'vitest';
import type { CanvasView } from './snapshot.ts';
import { voteTargetsOf } from './voteTargets.ts';

const note = (id: string, clusterId: string | null, hidden = false) => ({
  id,
  canvasId: 'x',
  text: `notitie ${id}`,
  authorId: 'p',
  clusterId,
  hidden,
  x: 0,
  y: 0,
  createdAt: 0,
  updatedAt: 0,
});

const canvas = (title: string, prompt: string, clusters: CanvasView['clusters'], notes: CanvasView['notes']) => ({ title, prompt, clusters, notes });

describe('vote targets', () => {
  const wedstrijd = canvas('Welke wedstrijd?', 'Welke wedstrijd spelen wij?', [
    { id: 'c1', label: 'Samenwerking', suggested: false, noteIds: ['a'] },
    { id: 'c2', label: 'Leeg', suggested: false, noteIds: [] },
    { id: 'c3', label: 'Verborgen', suggested: false, noteIds: ['h'] },
  ], [note('a', 'c1'), note('h', 'c3', true)]);
  const regels = canvas('', 'Wat zijn de spelregels?', [{ id: 'c4', label: 'Samenwerking', suggested: true, noteIds: ['b'] }], [note('b', 'c4')]);

  it('offers clusters with visible notes, saying which question each answers when there are several', () => {
    expect(voteTargetsOf([wedstrijd, regels], 'clusters')).toEqual([
      { id: 'c1', label: 'Samenwerking · Welke wedstrijd?' },
      { id: 'c4', label: 'Samenwerking · Wat zijn de spelregels?' },
    ]);
    expect(voteTargetsOf([wedstrijd], 'clusters')).toEqual([{ id: 'c1', label: 'Samenwerking' }]);
  });

  it('offers visible notes only', () => {
    expect(voteTargetsOf([wedstrijd], 'notes')).toEqual([{ id: 'a', label: 'notitie a' }]);
  });
});
