import { formatDateTime, formatDutchDate, plural } from './format.ts';
import { percentText } from '../rules/percent.ts';
import type { ExportCanvas, ExportExplanation, ExportModel, ExportNote, ExportPoll, ExportRubric } from './types.ts';

/**
 * The export as Markdown: the same content as the Word document, for a wiki, an e-mail or a
 * repository. Notes are text people typed on their phones: every one is escaped, so a note can
 * never become a heading, a link or HTML in whatever renders this file.
 */
export function renderMarkdown(model: ExportModel): string {
  const out: string[] = [];
  out.push(`# ${inline(model.title)}`, '');
  out.push(...titleLines(model).map((line) => `${line}  `), '');
  out.push(...visionSection(model));
  out.push(...model.canvases.flatMap(canvasSection));
  if (model.polls.length > 0) out.push('## Peilingen', '', ...model.polls.flatMap(pollSection));
  out.push(...model.rubrics.flatMap(rubricSection));
  if (model.explanations.length > 0) out.push('## De visie in eigen woorden', '', ...model.explanations.flatMap(explanationSection));
  out.push(...appendix(model));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** The facts on the title page, in the order every format shows them. */
export function titleLines(model: ExportModel): string[] {
  return [
    ...(model.scriptTitle && model.scriptTitle !== model.title ? [`Programma: ${model.scriptTitle}`] : []),
    `Datum: ${formatDutchDate(model.heldOn)}`,
    `Deelnemers: ${model.participants}`,
    `Notities: ${model.notes.length}`,
    `Geëxporteerd uit Visiebord op ${formatDateTime(model.exportedAt)}`,
  ];
}

/** Escapes what Markdown would read as markup, and keeps a note on one line. */
export function inline(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`)
    // A line starting like a list item or a setext underline would be read as one.
    .replace(/^[-+=]/, (m) => `\\${m}`)
    .replace(/^(\d+)\./, '$1\\.');
}

/** Like `inline`, but keeps the author's paragraphs (for the vision texts). */
function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.split(/\r?\n/).map(inline).join('  \n'))
    .filter((p) => p.trim() !== '')
    .flatMap((p) => [p, '']);
}

function visionSection(model: ExportModel): string[] {
  const out = ['## Visie', ''];
  if (model.vision.statement) out.push(...paragraphs(model.vision.statement));
  else out.push('_Er is nog geen visie opgesteld._', '');
  for (const part of model.vision.parts) out.push(`### ${inline(part.title)}`, '', ...paragraphs(part.text));
  return out;
}

const dots = (n: number): string => plural(n, 'stip', 'stippen');

function noteLine(note: ExportNote): string {
  const extras = [note.votes > 0 ? dots(note.votes) : '', note.authorName ? inline(note.authorName) : ''].filter(Boolean);
  return `- ${inline(note.text)}${extras.length > 0 ? ` _(${extras.join(', ')})_` : ''}`;
}

function canvasSection(canvas: ExportCanvas): string[] {
  const out = [`## ${inline(canvas.title)}`, ''];
  if (canvas.title !== canvas.prompt) out.push(`_Vraag: ${inline(canvas.prompt)}_`, '');
  if (canvas.noteCount === 0) return [...out, '_Geen notities._', ''];
  for (const cluster of canvas.clusters) {
    const votes = cluster.votes > 0 ? ` (${dots(cluster.votes)})` : '';
    out.push(`### ${inline(cluster.label)}${votes}`, '', ...cluster.notes.map(noteLine), '');
  }
  if (canvas.unclustered.length > 0) {
    if (canvas.clusters.length > 0) out.push('### Niet gegroepeerd', '');
    out.push(...canvas.unclustered.map(noteLine), '');
  }
  return out;
}


function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
}

function pollSection(poll: ExportPoll): string[] {
  return [
    `### ${inline(poll.title)}`,
    '',
    inline(poll.question),
    '',
    ...table(
      ['Antwoord', 'Aantal', 'Aandeel'],
      poll.options.map((o) => [inline(o.label), String(o.count), percentText(o.count, poll.respondents)]),
    ),
    `_${plural(poll.respondents, 'deelnemer', 'deelnemers')} ${poll.respondents === 1 ? 'gaf' : 'gaven'} antwoord._`,
    '',
  ];
}

/** "fase 2 (Afspreken)", or a dash when nobody answered. */
export function medianLabel(median: number | null, phaseNames: string[]): string {
  return median === null ? '–' : `fase ${median} (${phaseNames[median - 1] ?? ''})`;
}

function rubricSection(rubric: ExportRubric): string[] {
  const names = rubric.phaseNames.map((name, i) => `${i + 1}. ${inline(name)}`);
  const out = [`## Ontwikkelrubric: ${inline(rubric.title)}`, ''];
  if (rubric.question) out.push(inline(rubric.question), '');
  out.push(
    ...table(
      ['Aspect', ...names, 'Mediaan'],
      rubric.aspects.map((a) => [inline(a.title), ...a.spread.map(String), medianLabel(a.median, rubric.phaseNames)]),
    ),
    `_${plural(rubric.respondents, 'deelnemer', 'deelnemers')} ${rubric.respondents === 1 ? 'vulde' : 'vulden'} de rubric in._`,
    '',
  );
  for (const aspect of rubric.aspects) {
    out.push(
      `### ${inline(aspect.title)}`,
      '',
      ...table(
        ['Fase', 'Beschrijving', 'Aantal'],
        aspect.phases.map((text, i) => [names[i] ?? String(i + 1), text ? inline(text) : '–', String(aspect.spread[i] ?? 0)]),
      ),
    );
  }
  return out;
}

/**
 * "12 van 30 deelnemers (40%) legden de visie uit in eigen woorden (20 schreven een uitleg).
 * Norm: 80% — nog niet gehaald." The same figure and verdict as the beamer and the console.
 */
export function explanationSentence(e: ExportExplanation): string {
  const share = e.percentage === null ? '' : ` (${e.percentage}%)`;
  const verdict = e.meetsNorm ? 'gehaald' : 'nog niet gehaald';
  const wrote = `${e.submitted} ${e.submitted === 1 ? 'schreef' : 'schreven'} een uitleg`;
  return `${e.count} van ${plural(e.participants, 'deelnemer', 'deelnemers')}${share} ${e.count === 1 ? 'legde' : 'legden'} de visie uit in eigen woorden (${wrote}). Norm: ${e.norm}% — ${verdict}.`;
}

function explanationSection(e: ExportExplanation): string[] {
  return [`### ${inline(e.title)}`, '', `_${inline(e.prompt)}_`, '', explanationSentence(e), ''];
}

function appendix(model: ExportModel): string[] {
  const out = ['## Bijlage: alle notities', ''];
  if (model.notes.length === 0) return [...out, '_Geen notities._', ''];
  for (const canvas of model.canvases) {
    const notes = model.notes.filter((n) => n.canvasId === canvas.id);
    if (notes.length === 0) continue;
    out.push(`### ${inline(canvas.title)}`, '');
    for (const note of notes) {
      const extras = [note.clusterLabel ? `groep: ${inline(note.clusterLabel)}` : '', note.votes > 0 ? dots(note.votes) : '', note.authorName ? inline(note.authorName) : ''];
      out.push(`- ${formatDateTime(note.createdAt)} — ${inline(note.text)}${extras.some(Boolean) ? ` _(${extras.filter(Boolean).join(', ')})_` : ''}`);
    }
    out.push('');
  }
  return out;
}
