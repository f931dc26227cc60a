import { addNote, initWorkshop, setCurrentStep } from '@visiebord/shared/doc';
import type { Script } from '@visiebord/shared/script';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createWorkshopStore } from '../state/workshopStore';
import { bindDoc } from './bindDoc';

const script = {
  id: 'test',
  title: 'Test',
  locale: 'nl',
  steps: [
    { id: 'welkom', type: 'info', title: 'Welkom' },
    { id: 'vragen', type: 'prompt', title: 'Vragen', canvases: [{ id: 'wedstrijd', prompt: 'Welke wedstrijd spelen wij?', reveal: 'open' }] },
  ],
} as Script;

describe('bindDoc', () => {
  it('writes the document into the store as plain data, one flush per batch', () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { script, title: 'Studiedag', now: 1 });
    const store = createWorkshopStore();
    const queued: Array<() => void> = [];
    const unbind = bindDoc(doc, store, (flush) => queued.push(flush));
    expect(store.getState().snapshot).toMatchObject({ title: 'Studiedag', currentStepId: 'welkom' });

    setCurrentStep(doc, 'vragen', 2);
    expect(store.getState().snapshot?.currentStepId).toBe('vragen'); // local: at once
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    remote.on('update', (update: Uint8Array) => Y.applyUpdate(doc, update, 'server'));
    addNote(remote, { id: 'n1', canvasId: 'wedstrijd', text: 'Samen opleiden', authorId: 'p1', createdAt: 3 });
    addNote(remote, { id: 'n2', canvasId: 'wedstrijd', text: 'Leren van elkaar', authorId: 'p2', createdAt: 4 });
    expect(queued).toHaveLength(1);
    queued.shift()?.();
    const snapshot = store.getState().snapshot;
    expect(snapshot?.canvases[0]?.notes.map((n) => n.text)).toEqual(['Samen opleiden', 'Leren van elkaar']);

    unbind();
    addNote(remote, { id: 'n3', canvasId: 'wedstrijd', text: 'na afloop', authorId: 'p3', createdAt: 5 });
    expect(queued).toHaveLength(0);
  });
});
