import type * as Y from 'yjs';
import type { StepOf } from '../script/schema.ts';
import { readCanvas, readNotes } from './access.ts';
import { readSorts } from './answers.ts';

/**
 * How often, on average, each note of a question should have been sorted before the room's piles
 * decide its groups. In `pnpm bench:synth`'s simulated rooms (12-note handfuls, questions of 32–36
 * notes) about ten sorts per note — 30 phones — gave groups the engine rarely got wrong, while
 * three or four — 10 phones — still left many notes to the text alone.
 */
export const SORTS_PER_NOTE_WANTED = 10;

export type QuestionCoverage = {
  canvasId: string;
  prompt: string;
  /** The question's notes that phones are given to sort (not hidden ones). */
  notes: number;
  /** Times any of those notes was sorted, over every phone's handfuls. */
  timesSorted: number;
  /** Further handfuls that would bring the question to the wanted sorts per note; 0 when it has enough. */
  handfulsWanted: number;
};

/**
 * Per question of a group step, how well the room's sorts cover its notes: what the beamer shows
 * so that colleagues who are done sort another handful where it helps most. A question with fewer
 * than two notes has nothing to sort and wants nothing.
 */
export function sortCoverage(doc: Y.Doc, step: StepOf<'group'>): QuestionCoverage[] {
  const questionOf = new Map<string, string>();
  const questions = step.canvasIds.map((canvasId) => {
    const notes = readNotes(doc, canvasId).filter((note) => !note.hidden);
    for (const note of notes) questionOf.set(note.id, canvasId);
    return { canvasId, prompt: readCanvas(doc, canvasId)?.prompt ?? '', notes: notes.length, timesSorted: 0, handfulsWanted: 0 };
  });
  const byCanvas = new Map(questions.map((q) => [q.canvasId, q]));
  for (const piles of readSorts(doc, step.id).values()) {
    for (const noteId of piles.flat()) {
      const question = byCanvas.get(questionOf.get(noteId) ?? '');
      if (question) question.timesSorted++;
    }
  }
  for (const question of questions) {
    if (question.notes < 2) continue;
    // A handful holds notes of one question, and all of them when the question has fewer.
    const perHandful = Math.min(step.handful, question.notes);
    const missing = SORTS_PER_NOTE_WANTED * question.notes - question.timesSorted;
    question.handfulsWanted = Math.max(0, Math.ceil(missing / perHandful));
  }
  return questions;
}
