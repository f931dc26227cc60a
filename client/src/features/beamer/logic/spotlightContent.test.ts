import type { CanvasView } from '@visiebord/shared/doc';
import { describe, expect, it } from 'vitest';
import { spotlightContent } from './spotlightContent';

const note = (id: string, clusterId: string | null, hidden = false) => ({ id, canvasId: 'c', text: `Tekst ${id}`, authorId: 'p', clusterId, hidden, x: 0, y: 0, createdAt: 0, updatedAt: 0 });
const canvases: CanvasView[] = [
  {
    id: 'c',
    stepId: 's',
    title: '',
    prompt: 'Welke wedstrijd spelen wij?',
    explanation: '',
    revealed: true,
    locked: false,
    notes: [note('n1', 'k1'), note('n2', 'k1', true), note('n3', null)],
    clusters: [{ id: 'k1', label: 'Samen', suggested: false, noteIds: ['n1', 'n2'] }],
  },
];

describe('spotlightContent', () => {
  it('shows a note, or a cluster with its visible notes', () => {
    expect(spotlightContent(canvases, { kind: 'note', id: 'n3', canvasId: 'c' })).toEqual({
      kind: 'note',
      prompt: 'Welke wedstrijd spelen wij?',
      label: null,
      notes: [{ id: 'n3', text: 'Tekst n3' }],
    });
    expect(spotlightContent(canvases, { kind: 'cluster', id: 'k1', canvasId: 'c' })).toMatchObject({ label: 'Samen', notes: [{ id: 'n1' }] });
  });

  it('never shows a hidden note, nor what is gone', () => {
    expect(spotlightContent(canvases, { kind: 'note', id: 'n2', canvasId: 'c' })).toBeNull();
    expect(spotlightContent(canvases, { kind: 'note', id: 'zz', canvasId: 'c' })).toBeNull();
    expect(spotlightContent(canvases, { kind: 'cluster', id: 'k1', canvasId: 'other' })).toBeNull();
    expect(spotlightContent(canvases, null)).toBeNull();
  });
});
