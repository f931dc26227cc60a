import type { CanvasView } from '@visiebord/shared/doc';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n';
import { clusterName, layoutBoard, moveDestinations } from './boardModel';

const note = (id: string, clusterId: string | null) => ({ id, canvasId: 'c', text: id, authorId: 'p', clusterId, hidden: false, x: 0, y: 0, createdAt: 1, updatedAt: 1 });

const canvas: CanvasView = {
  id: 'c',
  stepId: 's',
  title: '',
  prompt: 'Vraag',
  explanation: '',
  revealed: true,
  locked: false,
  notes: [note('a', null), note('b', 'k1'), note('c', 'gone')],
  clusters: [
    { id: 'k1', label: 'Tijd', suggested: false, noteIds: ['b'] },
    { id: 'k2', label: '', suggested: true, noteIds: [] },
    { id: 'k3', label: '', suggested: false, noteIds: [] },
  ],
};

describe('layoutBoard', () => {
  it('puts notes in their group, and notes of a missing group back in the pile; dissolved groups leave', () => {
    const layout = layoutBoard(canvas);
    expect(layout.unsorted.map((n) => n.id)).toEqual(['a', 'c']);
    expect(layout.groups.map((g) => [g.cluster.id, g.notes.map((n) => n.id)])).toEqual([['k1', ['b']]]);
  });
});

describe('moveDestinations', () => {
  it('offers every other place, the pile only to notes in a group, and a new group always', () => {
    const byPlace = moveDestinations(layoutBoard(canvas), { unsorted: 'Nog niet ingedeeld', newGroup: '+ Nieuwe groep' });
    expect(byPlace.get('')?.map((d) => d.label)).toEqual(['Tijd', '+ Nieuwe groep']);
    expect(byPlace.get('k1')?.map((d) => d.id)).toEqual(['unsorted', 'new-cluster']);
  });
});

describe('clusterName', () => {
  afterEach(() => setLanguage('nl'));

  it('gives a group without a name one in the workshop language', async () => {
    expect(clusterName({ label: ' Tijd ' })).toBe('Tijd');
    expect(clusterName({ label: '  ' })).toBe('Naamloze groep');
    expect(clusterName(undefined)).toBe('Naamloze groep');
    await setLanguage('en');
    expect(clusterName({ label: '' })).toBe('Unnamed group');
  });
});
