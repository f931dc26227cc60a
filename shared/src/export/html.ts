import { formatDateTime } from './format.ts';
import { exportWords, type ExportWords } from './exportWords.ts';
import { percentText } from '../rules/percent.ts';
import { titleLines } from './markdown.ts';
import type { ExportCanvas, ExportModel, ExportNote, ExportPoll, ExportRubric } from './types.ts';

/**
 * The print view: the export as one HTML page that the browser's "Opslaan als PDF" turns into a
 * clean PDF. No script and no inline style — the CSP allows neither — so the look comes from a
 * stylesheet this server serves (`stylesheet`). Every text is escaped: notes are what people typed.
 */
export function renderPrintHtml(model: ExportModel, options: { stylesheet: string }): string {
  const w = exportWords(model.language);
  const body = [
    `<header class="title-page"><h1>${esc(model.title)}</h1>`,
    `<p class="subtitle">${esc(w.subtitle)}</p>`,
    `<ul class="facts">${titleLines(model).map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`,
    `<p class="print-hint">${w.printHint}</p></header>`,
    '<main>',
    visionSection(model, w),
    ...model.canvases.map((canvas) => canvasSection(canvas, w)),
    pollsSection(model.polls, w),
    ...model.rubrics.map((rubric) => rubricSection(rubric, w)),
    explanationsSection(model, w),
    appendix(model, w),
    '</main>',
  ].join('\n');
  return [
    '<!doctype html>',
    `<html lang="${w.htmlLang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(model.title)} — Visiebord</title>`,
    `<link rel="stylesheet" href="${esc(options.stylesheet)}">`,
    '</head>',
    `<body>\n${body}\n</body>`,
    '</html>',
    '',
  ].join('\n');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** Paragraphs and line breaks as the author typed them. */
function paragraphs(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${p.split(/\r?\n/).map(esc).join('<br>')}</p>`)
    .join('');
}

function visionSection(model: ExportModel, w: ExportWords): string {
  const statement = model.vision.statement ? `<div class="statement">${paragraphs(model.vision.statement)}</div>` : `<p class="muted">${w.noVision}</p>`;
  const parts = model.vision.parts.map((p) => `<h3>${esc(p.title)}</h3>${paragraphs(p.text)}`).join('');
  return `<section class="vision"><h2>${w.vision}</h2>${statement}${parts}</section>`;
}

function noteItem(note: ExportNote, w: ExportWords): string {
  const extras = [note.votes > 0 ? w.dots(note.votes) : '', note.authorName].filter(Boolean);
  return `<li>${esc(note.text)}${extras.length > 0 ? ` <span class="meta">(${esc(extras.join(', '))})</span>` : ''}</li>`;
}

function canvasSection(canvas: ExportCanvas, w: ExportWords): string {
  const out = [`<section class="canvas"><h2>${esc(canvas.title)}</h2>`];
  if (canvas.title !== canvas.prompt) out.push(`<p class="muted">${w.question(esc(canvas.prompt))}</p>`);
  if (canvas.noteCount === 0) out.push(`<p class="muted">${w.noNotes}</p>`);
  const item = (note: ExportNote) => noteItem(note, w);
  for (const cluster of canvas.clusters) {
    const votes = cluster.votes > 0 ? ` <span class="meta">(${w.dots(cluster.votes)})</span>` : '';
    out.push(`<h3>${esc(cluster.label)}${votes}</h3><ul class="notes">${cluster.notes.map(item).join('')}</ul>`);
  }
  if (canvas.unclustered.length > 0) {
    if (canvas.clusters.length > 0) out.push(`<h3>${w.unclustered}</h3>`);
    out.push(`<ul class="notes">${canvas.unclustered.map(item).join('')}</ul>`);
  }
  out.push('</section>');
  return out.join('');
}

function table(header: string[], rows: string[][]): string {
  const head = `<thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>`;
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('');
  return `<table>${head}<tbody>${body}</tbody></table>`;
}


function pollsSection(polls: ExportPoll[], w: ExportWords): string {
  if (polls.length === 0) return '';
  const items = polls.map(
    (poll) =>
      `<h3>${esc(poll.title)}</h3><p>${esc(poll.question)}</p>` +
      table(w.pollHeader, poll.options.map((o) => [o.label, String(o.count), percentText(o.count, poll.respondents)])) +
      `<p class="muted">${w.pollRespondents(poll.respondents)}</p>`,
  );
  return `<section class="polls"><h2>${w.polls}</h2>${items.join('')}</section>`;
}

function rubricSection(rubric: ExportRubric, w: ExportWords): string {
  const names = rubric.phaseNames.map((name, i) => `${i + 1}. ${name}`);
  const overview = table(
    [w.rubricHeader.aspect, ...names, w.rubricHeader.median],
    rubric.aspects.map((a) => [a.title, ...a.spread.map(String), w.median(a.median, rubric.phaseNames)]),
  );
  const aspects = rubric.aspects.map(
    (a) =>
      `<h3>${esc(a.title)}</h3>` +
      table(w.phaseHeader, a.phases.map((p, i) => [names[i] ?? String(i + 1), p ?? '–', String(a.spread[i] ?? 0)])),
  );
  const question = rubric.question ? `<p>${esc(rubric.question)}</p>` : '';
  const respondents = `<p class="muted">${w.rubricRespondents(rubric.respondents)}</p>`;
  return `<section class="rubric"><h2>${w.rubric(esc(rubric.title))}</h2>${question}${overview}${respondents}${aspects.join('')}</section>`;
}

function explanationsSection(model: ExportModel, w: ExportWords): string {
  if (model.explanations.length === 0) return '';
  const items = model.explanations.map((e) => `<h3>${esc(e.title)}</h3><p class="muted">${esc(e.prompt)}</p><p>${esc(w.explanation(e))}</p>`);
  return `<section class="explanations"><h2>${w.explanations}</h2>${items.join('')}</section>`;
}

function appendix(model: ExportModel, w: ExportWords): string {
  const out = [`<section class="appendix"><h2>${w.appendix}</h2>`];
  if (model.notes.length === 0) out.push(`<p class="muted">${w.noNotes}</p>`);
  for (const canvas of model.canvases) {
    const notes = model.notes.filter((n) => n.canvasId === canvas.id);
    if (notes.length === 0) continue;
    const items = notes.map((n) => {
      const extras = [n.clusterLabel ? w.group(n.clusterLabel) : '', n.votes > 0 ? w.dots(n.votes) : '', n.authorName].filter(Boolean);
      const meta = extras.length > 0 ? ` <span class="meta">(${esc(extras.join(', '))})</span>` : '';
      return `<li><time>${esc(formatDateTime(n.createdAt))}</time> ${esc(n.text)}${meta}</li>`;
    });
    out.push(`<h3>${esc(canvas.title)}</h3><ul class="all-notes">${items.join('')}</ul>`);
  }
  out.push('</section>');
  return out.join('');
}
