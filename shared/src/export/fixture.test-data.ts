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

/** The same study day as an international school holds it: an English script, English notes. */
export const englishExportScript = scriptSchema.parse({
  id: 'export-test-en',
  title: 'A shared vision of training together',
  language: 'en',
  steps: [
    {
      id: 'pijlers',
      type: 'prompt',
      title: 'The pillars',
      part: 'Pillars',
      canvases: [
        { id: 'werven', title: 'Recruiting', prompt: 'How do we recruit new colleagues together?' },
        { id: 'wedstrijd', prompt: 'Which game are we playing?' },
      ],
    },
    {
      id: 'bekend',
      type: 'poll',
      title: 'Awareness',
      question: 'How well known is the vision?',
      kind: 'scale',
      options: [
        { id: 'onbekend', label: 'Unknown' },
        { id: 'goed', label: 'Well known' },
      ],
    },
    { id: 'stemmen', type: 'vote', title: 'Voting', budget: 3, target: 'clusters', canvasIds: ['werven'] },
    {
      id: 'rubric',
      type: 'rubric',
      title: 'Shared commitment',
      phaseNames: ['Exploring', 'Building', 'Supported', 'Self-evident'],
      aspects: [{ id: 'gedragen', title: 'Supported', phases: [null, 'A small group', 'At least 80% can explain it', 'Touchstone'] }],
    },
    { id: 'samenvatten', type: 'synthesis', title: 'Summarising', canvasIds: ['werven'] },
    { id: 'uitleggen', type: 'explain', title: 'Explaining', prompt: 'Explain the vision in your own words.' },
  ],
});

export const T0 = Date.UTC(2026, 2, 14, 9, 0);

type FixtureTexts = { title: string; notes: [string, string, string, string, string]; clusters: [string, string]; explanations: [string, string]; vision: [string, string] };

const DUTCH: FixtureTexts = {
  title: 'Studiedag Één School',
  notes: ['Samen met de pabo open dagen houden', 'Stagiairs vroeg een vaste plek geven, "echt" welkom', '=CMD("calc")', 'Iets ongepasts', 'Elk kind leert van een goed opgeleide leraar; ook één, twee'],
  clusters: ['Vroeg binden', 'Leeg na moderatie'],
  explanations: ['Wij binden stagiairs vroeg: samen met de pabo open dagen, een vaste plek.', 'Iedereen leidt op.'],
  vision: ['Wij leiden samen op.\n\nElke collega is opleider.', 'We werven samen met de pabo.'],
};

const ENGLISH: FixtureTexts = {
  title: 'Study day Oak School',
  notes: ['Open days together with the teacher college', 'Give student teachers a fixed place early, a "real" welcome', '=CMD("calc")', 'Something rude', 'Every child learns from a well trained teacher; one, two'],
  clusters: ['Bind early', 'Empty after moderation'],
  explanations: ['We bind student teachers early: open days with the college, a fixed place.', 'Everyone trains.'],
  vision: ['We train together.\n\nEvery colleague is a teacher educator.', 'We recruit together with the college.'],
};

/** The study day in Dutch, or (`'en'`) the same day from the English script with English notes. */
export function createExportDoc(language: 'nl' | 'en' = 'nl'): Y.Doc {
  const english = language === 'en';
  const words = english ? ENGLISH : DUTCH;
  const doc = new Y.Doc();
  initWorkshop(doc, { script: english ? englishExportScript : exportScript, title: words.title, now: T0 });
  const note = (id: string, canvasId: string, text: string, authorId: string, minute: number) =>
    addNote(doc, { id, canvasId, text, authorId, createdAt: T0 + minute * 60_000 });
  setParticipantName(doc, 'anna', 'Anna');
  note('n1', 'werven', words.notes[0], 'anna', 1);
  note('n2', 'werven', words.notes[1], 'bram', 2);
  note('n3', 'werven', words.notes[2], 'bram', 3);
  note('n4', 'werven', words.notes[3], 'bram', 4);
  note('n5', 'wedstrijd', words.notes[4], 'anna', 5);
  setNoteHidden(doc, 'n4', true);
  createCluster(doc, 'werven', { id: 'c1', label: words.clusters[0] });
  createCluster(doc, 'werven', { id: 'c2', label: words.clusters[1] });
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
  setExplanation(doc, 'uitleggen', 'anna', { text: words.explanations[0], at: T0 });
  setExplanation(doc, 'uitleggen', 'bram', { text: words.explanations[1], at: T0 });
  setVisionText(doc, STATEMENT_KEY, words.vision[0]);
  setVisionText(doc, 'werven', words.vision[1]);
  return doc;
}

/** Words a Dutch export prints around the notes: none may show up in an English one. */
export const DUTCH_EXPORT_WORDS =
  /\b(?:bijlage|visie|deelnemers?|notities?|stip(?:pen)?|peilingen|ontwikkelrubric|gegroepeerd|fase|vraag|datum|programma|geëxporteerd|groep|mediaan|antwoord|aantal|aandeel|beschrijving|gehaald|woorden|studiedag|maart|zonder naam)\b/i;
