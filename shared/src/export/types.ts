import type { Language } from '../script/schema.ts';

/**
 * The export model: one plain object with everything a school takes home from a study day.
 * Every file format (Word, Markdown, CSV, the print view, the readable part of the JSON file)
 * renders this model, so they all say the same thing.
 */

export type ExportNote = {
  id: string;
  canvasId: string;
  /** The canvas's short name, for the appendix and the CSV. */
  canvasTitle: string;
  text: string;
  clusterId: string | null;
  /** Empty when the note is in no cluster. */
  clusterLabel: string;
  /** Dots from every vote step that targeted this note. */
  votes: number;
  /** Only a name the participant gave; anonymous notes have ''. */
  authorName: string;
  /** Epoch milliseconds. */
  createdAt: number;
  /** Moderated by the facilitator: only ever present in the JSON file (see `includeModerated`). */
  hidden: boolean;
};

export type ExportCluster = { id: string; label: string; votes: number; notes: ExportNote[] };

export type ExportCanvas = {
  id: string;
  /** The script's short name ("Werven"), or the question when it has none. */
  title: string;
  prompt: string;
  stepTitle: string;
  /** The part of the day the step belongs to, e.g. "De vijf pijlers"; '' when none. */
  part: string;
  clusters: ExportCluster[];
  unclustered: ExportNote[];
  noteCount: number;
};

export type ExportPoll = {
  stepId: string;
  title: string;
  question: string;
  kind: 'scale' | 'choice';
  respondents: number;
  options: Array<{ id: string; label: string; count: number }>;
};

export type ExportRubricAspect = {
  id: string;
  title: string;
  /** The seed's text per phase (1–4); null where the source leaves a phase empty. */
  phases: Array<string | null>;
  /** How many placed the school in phase 1, 2, 3 and 4. */
  spread: [number, number, number, number];
  /** The median phase (1–4), or null when nobody answered. */
  median: number | null;
};

export type ExportRubric = {
  stepId: string;
  title: string;
  question: string;
  phaseNames: string[];
  respondents: number;
  aspects: ExportRubricAspect[];
};

export type ExportExplanation = {
  stepId: string;
  title: string;
  prompt: string;
  /** How many participants explain the vision in their own words (their explanation names enough of its themes). */
  count: number;
  /** How many wrote an explanation at all. */
  submitted: number;
  participants: number;
  /** count / participants in percent, rounded; null when nobody joined. */
  percentage: number | null;
  /** The share (in %) that should be able to explain it: the rubric's 80% unless the script says otherwise. */
  norm: number;
  meetsNorm: boolean;
};

export type ExportModel = {
  /** The workshop's language (its script's): every format prints its own words in it. */
  language: Language;
  title: string;
  scriptTitle: string;
  /** The day the workshop was held (epoch ms): its first note, or when it was made. */
  heldOn: number;
  exportedAt: number;
  participants: number;
  vision: { statement: string; parts: Array<{ canvasId: string; title: string; text: string }> };
  canvases: ExportCanvas[];
  polls: ExportPoll[];
  rubrics: ExportRubric[];
  explanations: ExportExplanation[];
  /** Every note, canvas by canvas, oldest first: the appendix and the CSV. */
  notes: ExportNote[];
};
