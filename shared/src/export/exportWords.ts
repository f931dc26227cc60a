import type { Language } from '../script/schema.ts';
import { formatLongDate, plural } from './format.ts';
import type { ExportExplanation } from './types.ts';

/**
 * Every word an export prints around what the room wrote, once per language: a workshop whose
 * script speaks English gets an English report in every format (Word, Markdown, CSV, print view).
 * Dutch is the source; the English table says the same thing, not a word-for-word copy.
 */
export type ExportWords = {
  /** The language tag for `<html lang>` and Word's proofing language. */
  htmlLang: string;
  docxLang: string;
  longDate: (ms: number) => string;
  subtitle: string;
  printHint: string;
  description: (title: string) => string;
  heldOn: (date: string) => string;
  programme: (title: string) => string;
  date: (date: string) => string;
  participants: (n: number) => string;
  notes: (n: number) => string;
  exportedAt: (time: string) => string;
  vision: string;
  noVision: string;
  question: (prompt: string) => string;
  noNotes: string;
  unclustered: string;
  unnamedCluster: string;
  dots: (n: number) => string;
  group: (label: string) => string;
  polls: string;
  pollHeader: [string, string, string];
  pollRespondents: (n: number) => string;
  rubric: (title: string) => string;
  rubricHeader: { aspect: string; median: string };
  rubricRespondents: (n: number) => string;
  phaseHeader: [string, string, string];
  /** "fase 2 (Afspreken)", or a dash when nobody answered. */
  median: (median: number | null, phaseNames: readonly string[]) => string;
  explanations: string;
  /** The same figure and verdict as the beamer and the console, as one sentence. */
  explanation: (e: ExportExplanation) => string;
  appendix: string;
  csvHeader: readonly [string, string, string, string, string, string];
};

const medianIn = (phase: string) => (median: number | null, phaseNames: readonly string[]): string =>
  median === null ? '–' : `${phase} ${median} (${phaseNames[median - 1] ?? ''})`;

const share = (e: ExportExplanation): string => (e.percentage === null ? '' : ` (${e.percentage}%)`);

const nl: ExportWords = {
  htmlLang: 'nl',
  docxLang: 'nl-NL',
  longDate: (ms) => formatLongDate(ms, 'nl'),
  subtitle: 'Gedeelde visie op samen opleiden en professionaliseren',
  printHint: 'Kies Afdrukken en dan "Opslaan als PDF" om dit verslag als PDF te bewaren.',
  description: (title) => `Resultaten van de studiedag ${title}`,
  heldOn: (date) => `Studiedag van ${date}`,
  programme: (title) => `Programma: ${title}`,
  date: (date) => `Datum: ${date}`,
  participants: (n) => `Deelnemers: ${n}`,
  notes: (n) => `Notities: ${n}`,
  exportedAt: (time) => `Geëxporteerd uit Visiebord op ${time}`,
  vision: 'Visie',
  noVision: 'Er is nog geen visie opgesteld.',
  question: (prompt) => `Vraag: ${prompt}`,
  noNotes: 'Geen notities.',
  unclustered: 'Niet gegroepeerd',
  unnamedCluster: 'Zonder naam',
  dots: (n) => plural(n, 'stip', 'stippen'),
  group: (label) => `groep: ${label}`,
  polls: 'Peilingen',
  pollHeader: ['Antwoord', 'Aantal', 'Aandeel'],
  pollRespondents: (n) => `${plural(n, 'deelnemer', 'deelnemers')} ${n === 1 ? 'gaf' : 'gaven'} antwoord.`,
  rubric: (title) => `Ontwikkelrubric: ${title}`,
  rubricHeader: { aspect: 'Aspect', median: 'Mediaan' },
  rubricRespondents: (n) => `${plural(n, 'deelnemer', 'deelnemers')} ${n === 1 ? 'vulde' : 'vulden'} de rubric in.`,
  phaseHeader: ['Fase', 'Beschrijving', 'Aantal'],
  median: medianIn('fase'),
  explanations: 'De visie in eigen woorden',
  explanation: (e) => {
    const wrote = `${e.submitted} ${e.submitted === 1 ? 'schreef' : 'schreven'} een uitleg`;
    const verdict = e.meetsNorm ? 'gehaald' : 'nog niet gehaald';
    return `${e.count} van ${plural(e.participants, 'deelnemer', 'deelnemers')}${share(e)} ${e.count === 1 ? 'legde' : 'legden'} de visie uit in eigen woorden (${wrote}). Norm: ${e.norm}% — ${verdict}.`;
  },
  appendix: 'Bijlage: alle notities',
  csvHeader: ['Vraag', 'Groep', 'Notitie', 'Stippen', 'Tijd', 'Naam'],
};

const en: ExportWords = {
  htmlLang: 'en',
  docxLang: 'en-GB',
  longDate: (ms) => formatLongDate(ms, 'en'),
  subtitle: 'A shared vision of training and professionalising together',
  printHint: 'Choose Print and then "Save as PDF" to keep this report as a PDF.',
  description: (title) => `Results of the study day ${title}`,
  heldOn: (date) => `Study day of ${date}`,
  programme: (title) => `Programme: ${title}`,
  date: (date) => `Date: ${date}`,
  participants: (n) => `Participants: ${n}`,
  notes: (n) => `Notes: ${n}`,
  exportedAt: (time) => `Exported from Visiebord on ${time}`,
  vision: 'Vision',
  noVision: 'No vision has been drafted yet.',
  question: (prompt) => `Question: ${prompt}`,
  noNotes: 'No notes.',
  unclustered: 'Not grouped',
  unnamedCluster: 'Unnamed',
  dots: (n) => plural(n, 'dot', 'dots'),
  group: (label) => `group: ${label}`,
  polls: 'Polls',
  pollHeader: ['Answer', 'Count', 'Share'],
  pollRespondents: (n) => `${plural(n, 'participant', 'participants')} answered.`,
  rubric: (title) => `Development rubric: ${title}`,
  rubricHeader: { aspect: 'Aspect', median: 'Median' },
  rubricRespondents: (n) => `${plural(n, 'participant', 'participants')} filled in the rubric.`,
  phaseHeader: ['Phase', 'Description', 'Count'],
  median: medianIn('phase'),
  explanations: 'The vision in their own words',
  explanation: (e) => {
    const wrote = `${e.submitted} wrote ${e.submitted === 1 ? 'an explanation' : 'explanations'}`;
    const verdict = e.meetsNorm ? 'met' : 'not yet met';
    return `${e.count} of ${plural(e.participants, 'participant', 'participants')}${share(e)} explained the vision in their own words (${wrote}). Norm: ${e.norm}% — ${verdict}.`;
  },
  appendix: 'Appendix: all notes',
  csvHeader: ['Question', 'Group', 'Note', 'Dots', 'Time', 'Name'],
};

const WORDS: Record<Language, ExportWords> = { nl, en };

/** The words of an export in the workshop's language. */
export function exportWords(language: Language): ExportWords {
  return WORDS[language];
}
