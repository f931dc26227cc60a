import { describe, expect, it } from 'vitest';
import { scriptSchema, type StepOf } from '../script/schema.ts';
import { createTestDoc } from '../testing/fixtures.ts';
import { setSort, sortAnswerKey } from './answers.ts';
import { addNote, setCurrentStep, setNoteHidden } from './mutations.ts';
import { readResults } from './results.ts';
import { sortCoverage, SORTS_PER_NOTE_WANTED } from './sortCoverage.ts';

const script = scriptSchema.parse({
  id: 'sorteren',
  title: 'Sorteren',
  steps: [
    {
      id: 'vragen',
      type: 'prompt',
      title: 'Twee vragen',
      canvases: [
        { id: 'wedstrijd', prompt: 'Welke wedstrijd spelen wij?' },
        { id: 'spelregels', prompt: 'Wat zijn de spelregels?' },
      ],
    },
    { id: 'ordenen', type: 'group', title: 'Ordenen', canvasIds: ['wedstrijd', 'spelregels'], handful: 4 },
  ],
});
const step = script.steps[1] as StepOf<'group'>;

function roomWith(notesPerQuestion: Record<string, number>) {
  const doc = createTestDoc(script);
  for (const [canvasId, count] of Object.entries(notesPerQuestion)) {
    for (let i = 1; i <= count; i++) addNote(doc, { id: `${canvasId}${i}`, canvasId, text: `notitie ${i}`, authorId: 'anna', createdAt: i });
  }
  return doc;
}

const byQuestion = (doc: ReturnType<typeof createTestDoc>) => Object.fromEntries(sortCoverage(doc, step).map((q) => [q.canvasId, q]));

describe('sortCoverage', () => {
  it('asks for the handfuls that bring every question to the wanted sorts per note', () => {
    const doc = roomWith({ wedstrijd: 8, spelregels: 8 });
    const before = byQuestion(doc);
    // 8 notes want 8 × 10 sorts of a note; a handful of 4 gives 4.
    expect(before.wedstrijd).toMatchObject({ notes: 8, timesSorted: 0, handfulsWanted: (8 * SORTS_PER_NOTE_WANTED) / 4, prompt: 'Welke wedstrijd spelen wij?' });
    setSort(doc, 'ordenen', sortAnswerKey('anna', 0), [['wedstrijd1', 'wedstrijd2'], ['wedstrijd3', 'wedstrijd4']]);
    setSort(doc, 'ordenen', sortAnswerKey('anna', 1), [['wedstrijd5'], ['wedstrijd6', 'wedstrijd7', 'wedstrijd8']]);
    setSort(doc, 'ordenen', sortAnswerKey('bram', 0), [['spelregels1', 'spelregels2', 'spelregels3']]);
    const after = byQuestion(doc);
    expect(after.wedstrijd).toMatchObject({ timesSorted: 8, handfulsWanted: 18 });
    expect(after.spelregels).toMatchObject({ timesSorted: 3, handfulsWanted: Math.ceil((80 - 3) / 4) });
  });

  it('wants nothing once a question has enough, and nothing where there is nothing to sort', () => {
    const doc = roomWith({ wedstrijd: 2, spelregels: 1 });
    // Two notes: every handful holds both, so ten handfuls are enough.
    for (let phone = 0; phone < 10; phone++) setSort(doc, 'ordenen', `p${phone}`, [['wedstrijd1'], ['wedstrijd2']]);
    expect(byQuestion(doc).wedstrijd).toMatchObject({ timesSorted: 20, handfulsWanted: 0 });
    setSort(doc, 'ordenen', 'p10', [['wedstrijd1', 'wedstrijd2']]);
    expect(byQuestion(doc).wedstrijd?.handfulsWanted).toBe(0);
    expect(byQuestion(doc).spelregels).toMatchObject({ notes: 1, handfulsWanted: 0 });
  });

  it('counts only notes phones are given: hidden notes and notes of other questions do not count', () => {
    const doc = roomWith({ wedstrijd: 4, spelregels: 4 });
    setNoteHidden(doc, 'wedstrijd4', true);
    setSort(doc, 'ordenen', 'anna', [['wedstrijd1', 'wedstrijd4', 'verdwenen']]);
    expect(byQuestion(doc).wedstrijd).toMatchObject({ notes: 3, timesSorted: 1, handfulsWanted: Math.ceil((30 - 1) / 3) });
    expect(byQuestion(doc).spelregels?.timesSorted).toBe(0);
  });

  it('is part of the results the beamer reads while the group step is on', () => {
    const doc = roomWith({ wedstrijd: 3, spelregels: 0 });
    setSort(doc, 'ordenen', 'anna', [['wedstrijd1', 'wedstrijd2', 'wedstrijd3']]);
    expect(readResults(doc).sorts.find((s) => s.stepId === 'ordenen')?.questions).toEqual([]);
    setCurrentStep(doc, 'ordenen', 5);
    const sorts = readResults(doc).sorts.find((s) => s.stepId === 'ordenen');
    expect(sorts?.count).toBe(1);
    expect(sorts?.questions.map((q) => [q.canvasId, q.timesSorted])).toEqual([['wedstrijd', 3], ['spelregels', 0]]);
  });
});
