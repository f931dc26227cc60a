import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  ShadingType,
  type ParagraphChild,
} from 'docx';
import { percentText } from '@visiebord/shared/rules';
import {
  exportWords,
  formatDateTime,
  titleLines,
  type ExportWords,
  type ExportCanvas,
  type ExportModel,
  type ExportNote,
  type ExportPoll,
  type ExportRubric,
} from '@visiebord/shared/export';

/**
 * The Word document the facilitator takes to the school's management team: a title page, the
 * vision, the answers per question, the polls, the rubric and an appendix with every note. Built
 * on Word's own Heading 1/2/3 and Title styles, so the navigation pane and a table of contents
 * work, and kept to plain paragraphs and tables so LibreOffice shows it the same.
 */
export async function renderDocx(model: ExportModel): Promise<Buffer> {
  const w = exportWords(model.language);
  const document = new Document({
    title: clean(model.title),
    creator: 'Visiebord',
    description: w.description(clean(model.title)),
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: w.docxLang } } } } },
    sections: [
      { children: titlePage(model, w) },
      { children: workshopBody(model) },
    ],
  });
  return Packer.toBuffer(document);
}

/** Everything after the title page; the trajectory export puts one after another. */
export function workshopBody(model: ExportModel): Array<Paragraph | Table> {
  const w = exportWords(model.language);
  return [
    ...visionSection(model, w),
    ...model.canvases.flatMap((canvas) => canvasSection(canvas, w)),
    ...pollsSection(model.polls, w),
    ...model.rubrics.flatMap((rubric) => rubricSection(rubric, w)),
    ...explanationsSection(model, w),
    ...appendix(model, w),
  ];
}

// XML 1.0 has no place for control characters: one in a note would make Word refuse the file.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const clean = (text: string): string => text.replace(NOT_XML, '');

/** A run per line: Word ignores "\n" inside a run, so line breaks become breaks. */
export function runs(text: string, style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return clean(text)
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...style }));
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, children: runs(text) });
export const h1 = (text: string) => heading(text, HeadingLevel.HEADING_1);
export const h2 = (text: string) => heading(text, HeadingLevel.HEADING_2);
const para = (...children: ParagraphChild[]) => new Paragraph({ children, spacing: { after: 120 } });
export const text = (value: string) => para(...runs(value));
export const muted = (value: string) => para(...runs(value, { italics: true }));

function titlePage(model: ExportModel, w: ExportWords): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 2400, after: 480 }, children: runs(model.title) }),
    new Paragraph({ children: runs(w.subtitle, { italics: true }), spacing: { after: 480 } }),
    ...titleLines(model).map((line) => text(line)),
    new Paragraph({ alignment: AlignmentType.LEFT, spacing: { before: 2400 }, children: runs(w.heldOn(w.longDate(model.heldOn))) }),
  ];
}

function visionSection(model: ExportModel, w: ExportWords): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [h1(w.vision)];
  if (model.vision.statement) out.push(...model.vision.statement.split(/\r?\n\s*\r?\n/).map((p) => text(p)));
  else out.push(muted(w.noVision));
  for (const part of model.vision.parts) out.push(h2(part.title), ...part.text.split(/\r?\n\s*\r?\n/).map((p) => text(p)));
  return out;
}

function noteItem(note: ExportNote, w: ExportWords): Paragraph {
  const extras = [note.votes > 0 ? w.dots(note.votes) : '', note.authorName].filter(Boolean);
  return new Paragraph({
    bullet: { level: 0 },
    children: [...runs(note.text), ...(extras.length > 0 ? runs(` (${extras.join(', ')})`, { italics: true }) : [])],
  });
}

function canvasSection(canvas: ExportCanvas, w: ExportWords): Paragraph[] {
  const out = [h1(canvas.title)];
  if (canvas.title !== canvas.prompt) out.push(muted(w.question(canvas.prompt)));
  if (canvas.noteCount === 0) return [...out, muted(w.noNotes)];
  const item = (note: ExportNote) => noteItem(note, w);
  for (const cluster of canvas.clusters) {
    out.push(h2(cluster.votes > 0 ? `${cluster.label} (${w.dots(cluster.votes)})` : cluster.label), ...cluster.notes.map(item));
  }
  if (canvas.unclustered.length > 0) {
    if (canvas.clusters.length > 0) out.push(h2(w.unclustered));
    out.push(...canvas.unclustered.map(item));
  }
  return out;
}

export function cell(value: string, options: { bold?: boolean; width?: number; fill?: string } = {}): TableCell {
  return new TableCell({
    ...(options.fill ? { shading: { fill: options.fill, type: ShadingType.CLEAR, color: 'auto' } } : {}),
    children: [new Paragraph({ children: runs(value, { bold: options.bold === true }) })],
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(options.width ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
  });
}

function table(header: string[], rows: string[][], widths: number[] = []): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, { bold: true, width: widths[i] ?? 0 })) }),
      ...rows.map((row) => new TableRow({ children: row.map((value, i) => cell(value, { width: widths[i] ?? 0 })) })),
    ],
  });
}


function pollsSection(polls: ExportPoll[], w: ExportWords): Array<Paragraph | Table> {
  if (polls.length === 0) return [];
  return [
    h1(w.polls),
    ...polls.flatMap((poll) => [
      h2(poll.title),
      text(poll.question),
      table(
        w.pollHeader,
        poll.options.map((o) => [o.label, String(o.count), percentText(o.count, poll.respondents)]),
        [60, 20, 20],
      ),
      muted(w.pollRespondents(poll.respondents)),
    ]),
  ];
}

function rubricSection(rubric: ExportRubric, w: ExportWords): Array<Paragraph | Table> {
  const names = rubric.phaseNames.map((name, i) => `${i + 1}. ${name}`);
  const out: Array<Paragraph | Table> = [h1(w.rubric(rubric.title))];
  if (rubric.question) out.push(text(rubric.question));
  out.push(
    table(
      [w.rubricHeader.aspect, ...names, w.rubricHeader.median],
      rubric.aspects.map((a) => [a.title, ...a.spread.map(String), w.median(a.median, rubric.phaseNames)]),
    ),
    muted(w.rubricRespondents(rubric.respondents)),
  );
  for (const aspect of rubric.aspects) {
    out.push(
      h2(aspect.title),
      table(
        w.phaseHeader,
        aspect.phases.map((phase, i) => [names[i] ?? String(i + 1), phase ?? '–', String(aspect.spread[i] ?? 0)]),
        [20, 65, 15],
      ),
    );
  }
  return out;
}

function explanationsSection(model: ExportModel, w: ExportWords): Paragraph[] {
  if (model.explanations.length === 0) return [];
  return [h1(w.explanations), ...model.explanations.flatMap((e) => [h2(e.title), muted(e.prompt), text(w.explanation(e))])];
}

function appendix(model: ExportModel, w: ExportWords): Paragraph[] {
  const out = [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: runs(w.appendix) })];
  if (model.notes.length === 0) return [...out, muted(w.noNotes)];
  for (const canvas of model.canvases) {
    const notes = model.notes.filter((n) => n.canvasId === canvas.id);
    if (notes.length === 0) continue;
    out.push(h2(canvas.title));
    for (const note of notes) {
      const extras = [note.clusterLabel ? w.group(note.clusterLabel) : '', note.votes > 0 ? w.dots(note.votes) : '', note.authorName].filter(Boolean);
      out.push(
        new Paragraph({
          spacing: { after: 80 },
          children: [
            ...runs(`${formatDateTime(note.createdAt)}  `, { italics: true }),
            ...runs(note.text),
            ...(extras.length > 0 ? runs(` (${extras.join(', ')})`, { italics: true }) : []),
          ],
        }),
      );
    }
  }
  return out;
}
