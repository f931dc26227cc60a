import type { Language } from '../script/schema.ts';
import { dutchLine, percentText as shareText, type SummaryFact } from '../trajectory/model.ts';
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
  trajectory: TrajectoryWords;
};

/** The trajectory's Word file: its comparison of the sessions, in the study day's language. */
export type TrajectoryWords = {
  /** The word before the title in the file's name. */
  fileWord: string;
  title: (title: string) => string;
  studyDay: string;
  followUp: (n: number) => string;
  summary: string;
  summaryLine: (fact: SummaryFact) => string;
  perAspect: string;
  perAspectHint: string;
  explaining: string;
  byRole: string;
  byRoleHint: string;
  noRoles: string;
  explainShort: string;
  session: string;
  scale: (norm: number) => string;
  canExplain: string;
  /** "40% (12 van 30) — norm gehaald" */
  explainFigure: (share: number, explaining: number, participants: number, meetsNorm: boolean) => string;
};

const medianIn = (phase: string) => (median: number | null, phaseNames: readonly string[]): string =>
  median === null ? '–' : `${phase} ${median} (${phaseNames[median - 1] ?? ''})`;

const share = (e: ExportExplanation): string => (e.percentage === null ? '' : ` (${e.percentage}%)`);

/** The English twin of the trajectory model's Dutch summary line, worded as the English screens say it. */
function englishLine(fact: SummaryFact): string {
  if (fact.kind === 'explain') {
    const norm = fact.meetsNorm ? `the norm of ${fact.norm}% is met` : `the norm is ${fact.norm}%`;
    return `${fact.shares.map(shareText).join(' → ')} can explain the vision in their own words; ${norm}.`;
  }
  const subject = fact.aspectId === 'commitment' ? 'Support for the vision' : `“${fact.aspectTitle}”`;
  if (fact.sessions === 1) return `${subject} is at phase ${fact.from}.`;
  if (fact.to > fact.from) return `${subject} rose from phase ${fact.from} to phase ${fact.to}.`;
  if (fact.to < fact.from) return `${subject} fell from phase ${fact.from} to phase ${fact.to}.`;
  return `${subject} stayed at phase ${fact.from}.`;
}

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
  trajectory: {
    fileWord: 'traject',
    title: (title) => `Traject: ${title}`,
    studyDay: 'Studiedag',
    followUp: (n) => `Vervolg ${n}`,
    summary: 'Leeft de visie? In het kort',
    summaryLine: dutchLine,
    perAspect: 'Per aspect van de rubric',
    perAspectHint: 'Per sessie: hoeveel collega’s de school in elke fase plaatsten; hoe donkerder, hoe meer. ◆ is de mediaan.',
    explaining: 'De visie in eigen woorden uitleggen',
    byRole: 'Per rol',
    byRoleHint: 'Alleen rollen met minstens vijf antwoorden; kleinere rollen tellen mee in het geheel, nooit apart.',
    noRoles: 'Nog geen rol met minstens vijf antwoorden.',
    explainShort: 'Uitleggen',
    session: 'Sessie',
    scale: (norm) => `0% tot 100%; de streep | is de norm van ${norm}%`,
    canExplain: 'Kan uitleggen',
    explainFigure: (share, explaining, participants, met) => `${shareText(share)} (${explaining} van ${participants})${met ? ' — norm gehaald' : ''}`,
  },
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
  trajectory: {
    fileWord: 'trajectory',
    title: (title) => `Trajectory: ${title}`,
    studyDay: 'Study day',
    followUp: (n) => `Follow-up ${n}`,
    summary: 'Is the vision alive? In brief',
    summaryLine: englishLine,
    perAspect: 'Per aspect of the rubric',
    perAspectHint: 'Per session: how many colleagues placed the school in each phase; the darker, the more. ◆ is the median.',
    explaining: 'Explaining the vision in their own words',
    byRole: 'By role',
    byRoleHint: 'Only roles with at least five answers; smaller roles count in the whole, never on their own.',
    noRoles: 'No role with at least five answers yet.',
    explainShort: 'Explaining',
    session: 'Session',
    scale: (norm) => `0% to 100%; the line | is the norm of ${norm}%`,
    canExplain: 'Can explain',
    explainFigure: (share, explaining, participants, met) => `${shareText(share)} (${explaining} of ${participants})${met ? ' — norm met' : ''}`,
  },
};

const WORDS: Record<Language, ExportWords> = { nl, en };

/** The words of an export in the workshop's language. */
export function exportWords(language: Language): ExportWords {
  return WORDS[language];
}
