import type { CanvasView } from '@visiebord/shared/doc';
import { describe, expect, it } from 'vitest';
import { dotsText, rankTargets, voteTargets } from './voteRanking';

const note = (id: string, text: string, hidden = false) => ({ id, canvasId: 'c', text, authorId: 'p', clusterId: null, hidden, x: 0, y: 0, createdAt: 0, updatedAt: 0 });
const canvas = (clusters: Array<{ id: string; label: string }>, notes = [note('n1', 'Een'), note('n2', 'Twee', true)]): CanvasView => ({
  id: 'c',
  stepId: 's',
  title: '',
  prompt: 'Vraag',
  explanation: '',
  revealed: true,
  locked: false,
  notes,
  clusters: clusters.map((c) => ({ ...c, suggested: false, noteIds: ['n1'] })),
});

describe('voteTargets', () => {
  it('offers clusters (a blank label gets a name) or visible notes', () => {
    expect(voteTargets([canvas([{ id: 'k1', label: '' }, { id: 'k2', label: 'Tijd' }])], 'clusters')).toEqual([
      { id: 'k1', label: 'Naamloze groep' },
      { id: 'k2', label: 'Tijd' },
    ]);
    expect(voteTargets([canvas([])], 'notes')).toEqual([{ id: 'n1', label: 'Een' }]);
  });
});

describe('rankTargets', () => {
  const targets = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: id.toUpperCase() }));

  it('ranks by dots, ties share a rank and keep the listed order', () => {
    const ranked = rankTargets(targets, { b: 5, c: 2, d: 2, e: 1 });
    expect(ranked.map((t) => [t.id, t.dots, t.rank, t.top])).toEqual([
      ['b', 5, 1, true],
      ['c', 2, 2, true],
      ['d', 2, 2, true],
      ['e', 1, 4, false],
      ['a', 0, 5, false],
    ]);
    expect(ranked.map((t) => t.share)).toEqual([1, 0.4, 0.4, 0.2, 0]);
  });

  it('emphasises nothing before the first dot', () => {
    expect(rankTargets(targets, {}).every((t) => !t.top && t.share === 0 && t.rank === 1)).toBe(true);
  });

  it('counts dots in Dutch', () => {
    expect(dotsText(1)).toBe('1 stip');
    expect(dotsText(3)).toBe('3 stippen');
  });
});
