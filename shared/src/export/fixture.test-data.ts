import * as Y from 'yjs';
import {
  addNote,
  assignNoteToCluster,
  createCluster,
  initWorkshop,
  setExplanation,
  setNoteHidden,
  setParticipantName,
  setPollAnswer,
  setRubricAnswer,
  setVisionText,
  setVotes,
  STATEMENT_KEY,
} from '../doc/index.ts';
import { scriptSchema } from '../script/schema.ts';

/** A study day with one of everything an export shows, for the export tests. */
export const exportScript = scriptSchema.parse({
  id: 'export-test',
  title: 'Visie op samen opleiden',
  steps: [
    {
      id: 'pijlers',
      type: 'prompt',
      title: 'De pijlers',
      part: 'Pijlers',
      canvases: [
        { id: 'werven', title: 'Werven', prompt: 'Hoe werven wij samen nieuwe collega’s?' },
        { id: 'wedstrijd', prompt: 'Welke wedstrijd spelen wij?' },
      ],
    },
    {
      id: 'bekend',
      type: 'poll',
      title: 'Bekendheid',
      question: 'Hoe bekend is de visie?',
      kind: 'scale',
      options: [
        { id: 'onbekend', label: 'Onbekend' },
        { id: 'goed', label: 'Goed bekend' },
      ],
    },
    { id: 'stemmen', type: 'vote', title: 'Stemmen', budget: 3, target: 'clusters', canvasIds: ['werven'] },
    {
      id: 'rubric',
      type: 'rubric',
      title: 'Visie en commitment',
      phaseNames: ['Verkennen', 'Afspreken', 'Verbinden', 'Doorleven'],
      aspects: [{ id: 'gedragen', title: 'Gedragen', phases: [null, 'Een beperkte groep', 'Minstens 80% kan het uitleggen', 'Toetssteen'] }],
    },
    { id: 'samenvatten', type: 'synthesis', title: 'Samenvatten', canvasIds: ['werven'] },
    { id: 'uitleggen', type: 'explain', title: 'Uitleggen', prompt: 'Leg de visie uit in je eigen woorden.' },
  ],
});

export const T0 = Date.UTC(2026, 2, 14, 9, 0);

export function createExportDoc(): Y.Doc {
  const doc = new Y.Doc();
  initWorkshop(doc, { script: exportScript, title: 'Studiedag Één School', now: T0 });
  const note = (id: string, canvasId: string, text: string, authorId: string, minute: number) =>
    addNote(doc, { id, canvasId, text, authorId, createdAt: T0 + minute * 60_000 });
  setParticipantName(doc, 'anna', 'Anna');
  note('n1', 'werven', 'Samen met de pabo open dagen houden', 'anna', 1);
  note('n2', 'werven', 'Stagiairs vroeg een vaste plek geven, "echt" welkom', 'bram', 2);
  note('n3', 'werven', '=CMD("calc")', 'bram', 3);
  note('n4', 'werven', 'Iets ongepasts', 'bram', 4);
  note('n5', 'wedstrijd', 'Elk kind leert van een goed opgeleide leraar; ook één, twee', 'anna', 5);
  setNoteHidden(doc, 'n4', true);
  createCluster(doc, 'werven', { id: 'c1', label: 'Vroeg binden' });
  createCluster(doc, 'werven', { id: 'c2', label: 'Leeg na moderatie' });
  assignNoteToCluster(doc, 'n1', 'c1');
  assignNoteToCluster(doc, 'n2', 'c1');
  assignNoteToCluster(doc, 'n4', 'c2');
  setVotes(doc, 'stemmen', 'anna', { c1: 2 });
  setVotes(doc, 'stemmen', 'bram', { c1: 1 });
  setPollAnswer(doc, 'bekend', 'anna', ['goed']);
  setPollAnswer(doc, 'bekend', 'bram', ['goed']);
  setPollAnswer(doc, 'bekend', 'cor', ['onbekend']);
  setRubricAnswer(doc, 'rubric', 'anna', { gedragen: 2 });
  setRubricAnswer(doc, 'rubric', 'bram', { gedragen: 3 });
  setExplanation(doc, 'uitleggen', 'anna', { text: 'Wij binden stagiairs vroeg: samen met de pabo open dagen, een vaste plek.', at: T0 });
  setExplanation(doc, 'uitleggen', 'bram', { text: 'Iedereen leidt op.', at: T0 });
  setVisionText(doc, STATEMENT_KEY, 'Wij leiden samen op.\n\nElke collega is opleider.');
  setVisionText(doc, 'werven', 'We werven samen met de pabo.');
  return doc;
}
