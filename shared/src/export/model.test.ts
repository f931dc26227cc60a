import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { assignNoteToCluster, createCluster, initWorkshop } from '../doc/index.ts';
import { createExportDoc, exportScript, T0 } from './fixture.test-data.ts';
import { buildExportModel } from './model.ts';

const options = { participants: 3, exportedAt: T0 + 3_600_000, createdAt: T0 - 60_000 };

describe('export model', () => {
  it('reads title, date, participants and the vision', () => {
    const model = buildExportModel(createExportDoc(), options);
    expect(model.title).toBe('Studiedag Één School');
    expect(model.scriptTitle).toBe('Visie op samen opleiden');
    expect(model.heldOn).toBe(T0 + 60_000);
    expect(model.participants).toBe(3);
    expect(model.vision.statement).toBe('Wij leiden samen op.\n\nElke collega is opleider.');
    expect(model.vision.parts).toEqual([{ canvasId: 'werven', title: 'Werven', text: 'We werven samen met de pabo.' }]);
  });

  it('groups notes per canvas into clusters with their dots, and leaves moderated notes out', () => {
    const model = buildExportModel(createExportDoc(), options);
    const werven = model.canvases.find((c) => c.id === 'werven');
    expect(werven?.title).toBe('Werven');
    expect(werven?.part).toBe('Pijlers');
    expect(werven?.clusters.map((c) => [c.label, c.votes, c.notes.map((n) => n.id)])).toEqual([['Vroeg binden', 3, ['n1', 'n2']]]);
    expect(werven?.unclustered.map((n) => n.id)).toEqual(['n3']);
    expect(model.notes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3', 'n5']);
    // A canvas without a short name is called by its question.
    expect(model.canvases.find((c) => c.id === 'wedstrijd')?.title).toBe('Welke wedstrijd spelen wij?');
  });

  it('keeps moderated notes, marked, when asked (for the JSON file)', () => {
    const model = buildExportModel(createExportDoc(), { ...options, includeModerated: true });
    expect(model.notes.find((n) => n.id === 'n4')?.hidden).toBe(true);
    expect(model.canvases[0]?.clusters.map((c) => c.label)).toContain('Leeg na moderatie');
  });

  it('names only participants who gave a name', () => {
    const model = buildExportModel(createExportDoc(), options);
    expect(model.notes.find((n) => n.id === 'n1')?.authorName).toBe('Anna');
    expect(model.notes.find((n) => n.id === 'n2')?.authorName).toBe('');
  });

  it('adds up polls with labels, the rubric spread and median, and explanations against the norm', () => {
    const model = buildExportModel(createExportDoc(), options);
    expect(model.polls).toEqual([
      {
        stepId: 'bekend',
        title: 'Bekendheid',
        question: 'Hoe bekend is de visie?',
        kind: 'scale',
        respondents: 3,
        options: [
          { id: 'onbekend', label: 'Onbekend', count: 1 },
          { id: 'goed', label: 'Goed bekend', count: 2 },
        ],
      },
    ]);
    const rubric = model.rubrics[0];
    expect(rubric?.phaseNames).toEqual(['Verkennen', 'Afspreken', 'Verbinden', 'Doorleven']);
    expect(rubric?.aspects[0]).toMatchObject({ phases: [null, 'Een beperkte groep', 'Minstens 80% kan het uitleggen', 'Toetssteen'], spread: [0, 1, 1, 0], median: 2 });
    // Two wrote an explanation; only Anna's names the vision's theme ("Vroeg binden").
    expect(model.explanations[0]).toMatchObject({ count: 1, submitted: 2, participants: 3, percentage: 33, norm: 80, meetsNorm: false });
  });

  it('does not round its way past the norm', () => {
    // The share is of everyone who joined, not of those who answered.
    const one = buildExportModel(createExportDoc(), { ...options, participants: 1 });
    expect(one.explanations[0]).toMatchObject({ percentage: 100, meetsNorm: true });
    const two = buildExportModel(createExportDoc(), { ...options, participants: 2 });
    expect(two.explanations[0]).toMatchObject({ percentage: 50, meetsNorm: false });
    const none = buildExportModel(createExportDoc(), { ...options, participants: 0 });
    expect(none.explanations[0]).toMatchObject({ percentage: null, meetsNorm: false });
  });

  it('reads an empty workshop, dated by when it was made', () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { script: exportScript, title: 'Leeg', now: T0 });
    const model = buildExportModel(doc, { participants: 0, exportedAt: T0, createdAt: T0 });
    expect(model.heldOn).toBe(T0);
    expect(model.notes).toEqual([]);
    expect(model.vision).toEqual({ statement: '', parts: [] });
    expect(model.polls[0]?.respondents).toBe(0);
    expect(model.rubrics[0]?.aspects[0]?.median).toBeNull();
  });

  it('carries the workshop\'s language, and names a cluster the room left unnamed in it', () => {
    for (const [language, unnamed] of [['nl', 'Zonder naam'], ['en', 'Unnamed']] as const) {
      const doc = createExportDoc(language);
      createCluster(doc, 'wedstrijd', { id: 'blank', label: '  ' });
      assignNoteToCluster(doc, 'n5', 'blank');
      const model = buildExportModel(doc, options);
      expect(model.language).toBe(language);
      expect(model.canvases.find((c) => c.id === 'wedstrijd')?.clusters.map((c) => c.label)).toEqual([unnamed]);
    }
  });
});
