import { formatDateTime } from './format.ts';
import { exportWords, type ExportWords } from './exportWords.ts';
import { percentText } from '../rules/percent.ts';
import type { ExportCanvas, ExportExplanation, ExportModel, ExportNote, ExportPoll, ExportRubric } from './types.ts';

/**
 * The export as Markdown: the same content as the Word document, for a wiki, an e-mail or a
 * repository. Notes are text people typed on their phones: every one is escaped, so a note can
 * never become a heading, a link or HTML in whatever renders this file.
 */
export function renderMarkdown(model: ExportModel): string {
  const w = exportWords(model.language);
  const out: string[] = [];
  out.push(`# ${inline(model.title)}`, '');
  out.push(...titleLines(model).map((line) => `${line}  `), '');
  out.push(...visionSection(model, w));
  out.push(...model.canvases.flatMap((canvas) => canvasSection(canvas, w)));
  if (model.polls.length > 0) out.push(`## ${w.polls}`, '', ...model.polls.flatMap((poll) => pollSection(poll, w)));
  out.push(...model.rubrics.flatMap((rubric) => rubricSection(rubric, w)));
  if (model.explanations.length > 0) out.push(`## ${w.explanations}`, '', ...model.explanations.flatMap((e) => explanationSection(e, w)));
  out.push(...appendix(model, w));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** The facts on the title page, in the order every format shows them. */
export function titleLines(model: ExportModel): string[] {
  const w = exportWords(model.language);
  return [
    ...(model.scriptTitle && model.scriptTitle !== model.title ? [w.programme(model.scriptTitle)] : []),
    w.date(w.longDate(model.heldOn)),
    w.participants(model.participants),
    w.notes(model.notes.length),
    w.exportedAt(formatDateTime(model.exportedAt)),
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

function visionSection(model: ExportModel, w: ExportWords): string[] {
  const out = [`## ${w.vision}`, ''];
  if (model.vision.statement) out.push(...paragraphs(model.vision.statement));
  else out.push(`_${w.noVision}_`, '');
  for (const part of model.vision.parts) out.push(`### ${inline(part.title)}`, '', ...paragraphs(part.text));
  return out;
}

function noteLine(note: ExportNote, w: ExportWords): string {
  const extras = [note.votes > 0 ? w.dots(note.votes) : '', note.authorName ? inline(note.authorName) : ''].filter(Boolean);
  return `- ${inline(note.text)}${extras.length > 0 ? ` _(${extras.join(', ')})_` : ''}`;
}

function canvasSection(canvas: ExportCanvas, w: ExportWords): string[] {
  const out = [`## ${inline(canvas.title)}`, ''];
  if (canvas.title !== canvas.prompt) out.push(`_${w.question(inline(canvas.prompt))}_`, '');
  if (canvas.noteCount === 0) return [...out, `_${w.noNotes}_`, ''];
  const line = (note: ExportNote) => noteLine(note, w);
  for (const cluster of canvas.clusters) {
    const votes = cluster.votes > 0 ? ` (${w.dots(cluster.votes)})` : '';
    out.push(`### ${inline(cluster.label)}${votes}`, '', ...cluster.notes.map(line), '');
  }
  if (canvas.unclustered.length > 0) {
    if (canvas.clusters.length > 0) out.push(`### ${w.unclustered}`, '');
    out.push(...canvas.unclustered.map(line), '');
  }
  return out;
}


function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
}

function pollSection(poll: ExportPoll, w: ExportWords): string[] {
  return [
    `### ${inline(poll.title)}`,
    '',
    inline(poll.question),
    '',
    ...table(
      w.pollHeader,
      poll.options.map((o) => [inline(o.label), String(o.count), percentText(o.count, poll.respondents)]),
    ),
    `_${w.pollRespondents(poll.respondents)}_`,
    '',
  ];
}

function rubricSection(rubric: ExportRubric, w: ExportWords): string[] {
  const names = rubric.phaseNames.map((name, i) => `${i + 1}. ${inline(name)}`);
  const out = [`## ${w.rubric(inline(rubric.title))}`, ''];
  if (rubric.question) out.push(inline(rubric.question), '');
  out.push(
    ...table(
      [w.rubricHeader.aspect, ...names, w.rubricHeader.median],
      rubric.aspects.map((a) => [inline(a.title), ...a.spread.map(String), w.median(a.median, rubric.phaseNames)]),
    ),
    `_${w.rubricRespondents(rubric.respondents)}_`,
    '',
  );
  for (const aspect of rubric.aspects) {
    out.push(
      `### ${inline(aspect.title)}`,
      '',
      ...table(
        w.phaseHeader,
        aspect.phases.map((text, i) => [names[i] ?? String(i + 1), text ? inline(text) : '–', String(aspect.spread[i] ?? 0)]),
      ),
    );
  }
  return out;
}

function explanationSection(e: ExportExplanation, w: ExportWords): string[] {
  return [`### ${inline(e.title)}`, '', `_${inline(e.prompt)}_`, '', w.explanation(e), ''];
}

function appendix(model: ExportModel, w: ExportWords): string[] {
  const out = [`## ${w.appendix}`, ''];
  if (model.notes.length === 0) return [...out, `_${w.noNotes}_`, ''];
  for (const canvas of model.canvases) {
    const notes = model.notes.filter((n) => n.canvasId === canvas.id);
    if (notes.length === 0) continue;
    out.push(`### ${inline(canvas.title)}`, '');
    for (const note of notes) {
      const extras = [note.clusterLabel ? w.group(inline(note.clusterLabel)) : '', note.votes > 0 ? w.dots(note.votes) : '', note.authorName ? inline(note.authorName) : ''];
      out.push(`- ${formatDateTime(note.createdAt)} — ${inline(note.text)}${extras.some(Boolean) ? ` _(${extras.filter(Boolean).join(', ')})_` : ''}`);
    }
    out.push('');
  }
  return out;
}
