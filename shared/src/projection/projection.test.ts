import { describe, expect, it } from 'vitest';
import { addNote, setCanvasRevealed, setCurrentStep, setNoteHidden } from '../doc/mutations.ts';
import { createTestDoc } from '../testing/fixtures.ts';
import { diffNotes, projectRoom } from './project.ts';

function setup() {
  const doc = createTestDoc();
  setCurrentStep(doc, 'vragen', 10);
  addNote(doc, { id: 'open-1', canvasId: 'wedstrijd', text: 'Teamsport', authorId: 'anna', createdAt: 1 });
  addNote(doc, { id: 'open-2', canvasId: 'wedstrijd', text: 'Ongepast', authorId: 'bram', createdAt: 2 });
  addNote(doc, { id: 'dicht-1', canvasId: 'spelregels', text: 'Eerlijk', authorId: 'bram', createdAt: 3 });
  setNoteHidden(doc, 'open-2', true);
  return doc;
}

describe('what phones may see', () => {
  it('shows others only revealed, unmoderated notes, without authors', () => {
    const { publicNotes } = projectRoom(setup());
    expect([...publicNotes.keys()]).toEqual(['open-1']);
    expect(publicNotes.get('open-1')).toEqual({ id: 'open-1', canvasId: 'wedstrijd', text: 'Teamsport', mine: false, hidden: false, updatedAt: 1 });
    expect(JSON.stringify([...publicNotes.values()])).not.toMatch(/anna|bram/);
  });

  it('always shows authors their own notes, hidden ones marked', () => {
    const { ownByAuthor } = projectRoom(setup());
    expect([...(ownByAuthor.get('bram')?.values() ?? [])].map((n) => [n.id, n.hidden, n.mine])).toEqual([
      ['open-2', true, true],
      ['dicht-1', false, true],
    ]);
    expect([...(ownByAuthor.get('anna')?.keys() ?? [])]).toEqual(['open-1']);
  });

  it('shows a hidden canvas to everyone once revealed', () => {
    const doc = setup();
    setCanvasRevealed(doc, 'spelregels', true);
    expect([...projectRoom(doc).publicNotes.keys()].sort()).toEqual(['dicht-1', 'open-1']);
  });

  it('shows nothing of canvases outside the current step', () => {
    const doc = setup();
    setCurrentStep(doc, 'welkom', 20);
    const projection = projectRoom(doc);
    expect(projection.step).toMatchObject({ id: 'welkom', type: 'info', index: 0, total: 3, canvases: [] });
    expect(projection.publicNotes.size).toBe(0);
    expect(projection.ownByAuthor.size).toBe(0);
  });

  it('marks canvases open only on their prompt step', () => {
    const { step } = projectRoom(setup());
    expect(step?.canvases.map((c) => [c.id, c.open, c.revealed])).toEqual([
      ['wedstrijd', true, true],
      ['spelregels', true, false],
    ]);
  });

  it('sends only what changed', () => {
    const doc = setup();
    const before = projectRoom(doc).publicNotes;
    setNoteHidden(doc, 'open-1', true);
    setNoteHidden(doc, 'open-2', false);
    expect(diffNotes(before, projectRoom(doc).publicNotes)).toEqual({
      upsert: [expect.objectContaining({ id: 'open-2', text: 'Ongepast' })],
      remove: ['open-1'],
    });
    expect(diffNotes(before, before)).toEqual({ upsert: [], remove: [] });
  });
});
