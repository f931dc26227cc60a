import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { scriptSchema } from '../script/schema.ts';
import { createTestDoc } from '../testing/fixtures.ts';
import { areResultsVisible, findNoteMap, readFlow, readMeta, readNotes, readScript } from './access.ts';
import {
  addNote,
  assignNoteToCluster,
  createCluster,
  editNoteText,
  removeNote,
  setCanvasLocked,
  setCurrentStep,
  setNoteHidden,
  setStepResultsRevealed,
} from './mutations.ts';
import { readNote } from './note.ts';
import { ROOT, SCHEMA_VERSION } from './roots.ts';
import { readWorkshop } from './snapshot.ts';
import { getVisionText, readVision } from './vision.ts';

describe('workshop document', () => {
  it('is created from a script with its canvases and the first step current', () => {
    const doc = createTestDoc();
    expect(readMeta(doc)).toEqual({ schemaVersion: SCHEMA_VERSION, title: 'Studiedag De Linde', scriptId: 'test', locale: 'nl' });
    expect(readFlow(doc).currentStepId).toBe('welkom');
    const snapshot = readWorkshop(doc);
    expect(snapshot.steps.map((s) => [s.id, s.canvasIds])).toEqual([
      ['welkom', []],
      ['vragen', ['wedstrijd', 'spelregels']],
      ['einde', []],
    ]);
    expect(snapshot.canvases.map((c) => [c.id, c.revealed, c.locked])).toEqual([
      ['wedstrijd', true, false],
      ['spelregels', false, false],
    ]);
  });

  it('adds, edits, moderates and removes notes through named mutations', () => {
    const doc = createTestDoc();
    expect(addNote(doc, { id: 'a', canvasId: 'wedstrijd', text: 'Teamsport', authorId: 'p1', createdAt: 5 })).toBe(true);
    expect(addNote(doc, { id: 'b', canvasId: 'bestaat-niet', text: 'x', authorId: 'p1', createdAt: 5 })).toBe(false);
    editNoteText(doc, 'a', 'Een teamsport', 9);
    setNoteHidden(doc, 'a', true);
    expect(readNotes(doc, 'wedstrijd')).toEqual([
      { id: 'a', canvasId: 'wedstrijd', text: 'Een teamsport', authorId: 'p1', clusterId: null, hidden: true, x: 0, y: 0, createdAt: 5, updatedAt: 9 },
    ]);
    expect(removeNote(doc, 'a')).toBe(true);
    expect(findNoteMap(doc, 'a')).toBeNull();
  });

  it('derives cluster membership from the notes', () => {
    const doc = createTestDoc();
    addNote(doc, { id: 'a', canvasId: 'wedstrijd', text: 'Samen', authorId: 'p1', createdAt: 1 });
    addNote(doc, { id: 'b', canvasId: 'wedstrijd', text: 'Teamsport', authorId: 'p2', createdAt: 2 });
    createCluster(doc, 'wedstrijd', { id: 'c1', label: 'Samenwerken' });
    assignNoteToCluster(doc, 'a', 'c1');
    assignNoteToCluster(doc, 'b', 'c1');
    const canvas = readWorkshop(doc).canvases.find((c) => c.id === 'wedstrijd');
    expect(canvas?.clusters).toEqual([{ id: 'c1', label: 'Samenwerken', suggested: false, noteIds: ['a', 'b'] }]);
  });

  it('moves only to steps of its script', () => {
    const doc = createTestDoc();
    expect(setCurrentStep(doc, 'vragen', 50)).toBe(true);
    expect(readFlow(doc)).toEqual({ currentStepId: 'vragen', stepStartedAt: 50, timer: null, spotlight: null, revealedSteps: [] });
    expect(setCurrentStep(doc, 'onbekend', 60)).toBe(false);
    expect(readFlow(doc).currentStepId).toBe('vragen');
  });

  it('reads malformed data from the network as absent, not as a crash', () => {
    const doc = createTestDoc();
    doc.getMap(ROOT.meta).set('script', '{not json');
    expect(readScript(doc)).toBeNull();
    expect(readWorkshop(doc).steps).toEqual([]);
    const notes = new Y.Map<unknown>();
    doc.getMap('scratch').set('n', notes);
    notes.set('id', 42);
    expect(readNote(notes)).toBeNull();
    expect(readNote('a string')).toBeNull();
  });

  it('converges when replicas exchange updates in a random order', () => {
    // In the style of Yjs's own test helper: several replicas, concurrent edits, seeded shuffles.
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const origin = createTestDoc();
    const start = Y.encodeStateAsUpdate(origin);
    const replicas = [0, 1, 2].map(() => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, start);
      return doc;
    });
    const log: Uint8Array[] = [];
    replicas.forEach((doc) => doc.on('update', (u: Uint8Array) => log.push(u)));
    for (let round = 0; round < 60; round++) {
      const doc = replicas[Math.floor(random() * replicas.length)]!;
      const action = Math.floor(random() * 4);
      const id = `n${Math.floor(random() * 10)}`;
      if (action === 0) addNote(doc, { id, canvasId: 'wedstrijd', text: `tekst ${round}`, authorId: 'p', createdAt: round });
      else if (action === 1) editNoteText(doc, id, `bewerkt ${round}`, round);
      else if (action === 2) setNoteHidden(doc, id, random() > 0.5);
      else setCanvasLocked(doc, 'wedstrijd', random() > 0.5);
    }
    for (const doc of replicas) {
      const shuffled = [...log].sort(() => random() - 0.5);
      for (const update of shuffled) Y.applyUpdate(doc, update);
    }
    const [first, ...rest] = replicas.map((doc) => readWorkshop(doc));
    for (const other of rest) expect(other).toEqual(first);
  });
});

describe('canvas order', () => {
  it('follows the step that first shows a canvas, not later steps that name it again', () => {
    const script = scriptSchema.parse({
      id: 'volgorde',
      title: 'Volgorde',
      steps: [
        { id: 'a', type: 'prompt', title: 'A', canvases: [{ id: 'eerste', prompt: '1' }, { id: 'tweede', prompt: '2' }] },
        { id: 'b', type: 'synthesis', title: 'B', canvasIds: ['eerste'] },
      ],
    });
    expect(readWorkshop(createTestDoc(script)).canvases.map((c) => c.id)).toEqual(['eerste', 'tweede']);
  });
});

describe('step results', () => {
  it('stay hidden where the script says so, until the facilitator shows them', () => {
    const doc = createTestDoc();
    const hiddenStep = { id: 'stemmen', reveal: 'hidden' as const };
    expect(areResultsVisible({ id: 'peiling' }, readFlow(doc))).toBe(true);
    expect(areResultsVisible(hiddenStep, readFlow(doc))).toBe(false);
    setStepResultsRevealed(doc, 'stemmen', true);
    expect(readFlow(doc).revealedSteps).toEqual(['stemmen']);
    expect(areResultsVisible(hiddenStep, readFlow(doc))).toBe(true);
    setStepResultsRevealed(doc, 'stemmen', false);
    expect(areResultsVisible(hiddenStep, readFlow(doc))).toBe(false);
  });
});

describe('draft vision', () => {
  it('has its texts from the start, so two first typists write into the same one', () => {
    const script = scriptSchema.parse({
      id: 'visie',
      title: 'Visie',
      steps: [
        { id: 'vragen', type: 'prompt', title: 'Vragen', canvases: [{ id: 'b-vraag', prompt: 'B?' }, { id: 'a-vraag', prompt: 'A?' }] },
        { id: 'synthese', type: 'synthesis', title: 'Synthese', canvasIds: ['b-vraag', 'a-vraag'] },
      ],
    });
    const one = createTestDoc(script);
    const two = new Y.Doc();
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    getVisionText(one, 'a-vraag').insert(0, 'Eerst A. ');
    getVisionText(two, 'a-vraag').insert(0, 'Ook dit. ');
    getVisionText(two, 'b-vraag').insert(0, 'Over B.');
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    const vision = readVision(one);
    expect(vision).toEqual(readVision(two));
    // Both first edits survive, and parts follow the script's order, empty ones left out.
    expect(vision.parts.map((p) => p.canvasId)).toEqual(['b-vraag', 'a-vraag']);
    expect(vision.parts[1]!.text).toContain('Eerst A.');
    expect(vision.parts[1]!.text).toContain('Ook dit.');
    expect(vision.statement).toBe('');
  });
});
