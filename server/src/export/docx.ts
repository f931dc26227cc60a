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
  explanationSentence,
  formatDateTime,
  formatDutchDate,
  medianLabel,
  plural,
  titleLines,
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
  const document = new Document({
    title: clean(model.title),
    creator: 'Visiebord',
    description: `Resultaten van de studiedag ${clean(model.title)}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'nl-NL' } } } } },
    sections: [
      { children: titlePage(model) },
      { children: workshopBody(model) },
    ],
  });
  return Packer.toBuffer(document);
}

/** Everything after the title page; the trajectory export puts one after another. */
export function workshopBody(model: ExportModel): Array<Paragraph | Table> {
  return [
    ...visionSection(model),
    ...model.canvases.flatMap(canvasSection),
    ...pollsSection(model.polls),
    ...model.rubrics.flatMap(rubricSection),
    ...explanationsSection(model),
    ...appendix(model),
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

function titlePage(model: ExportModel): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 2400, after: 480 }, children: runs(model.title) }),
    new Paragraph({ children: runs('Gedeelde visie op samen opleiden en professionaliseren', { italics: true }), spacing: { after: 480 } }),
    ...titleLines(model).map((line) => text(line)),
    new Paragraph({ alignment: AlignmentType.LEFT, spacing: { before: 2400 }, children: runs(`Studiedag van ${formatDutchDate(model.heldOn)}`) }),
  ];
}

function visionSection(model: ExportModel): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [h1('Visie')];
  if (model.vision.statement) out.push(...model.vision.statement.split(/\r?\n\s*\r?\n/).map((p) => text(p)));
  else out.push(muted('Er is nog geen visie opgesteld.'));
  for (const part of model.vision.parts) out.push(h2(part.title), ...part.text.split(/\r?\n\s*\r?\n/).map((p) => text(p)));
  return out;
}

const dots = (n: number): string => plural(n, 'stip', 'stippen');

function noteItem(note: ExportNote): Paragraph {
  const extras = [note.votes > 0 ? dots(note.votes) : '', note.authorName].filter(Boolean);
  return new Paragraph({
    bullet: { level: 0 },
    children: [...runs(note.text), ...(extras.length > 0 ? runs(` (${extras.join(', ')})`, { italics: true }) : [])],
  });
}

function canvasSection(canvas: ExportCanvas): Paragraph[] {
  const out = [h1(canvas.title)];
  if (canvas.title !== canvas.prompt) out.push(muted(`Vraag: ${canvas.prompt}`));
  if (canvas.noteCount === 0) return [...out, muted('Geen notities.')];
  for (const cluster of canvas.clusters) {
    out.push(h2(cluster.votes > 0 ? `${cluster.label} (${dots(cluster.votes)})` : cluster.label), ...cluster.notes.map(noteItem));
  }
  if (canvas.unclustered.length > 0) {
    if (canvas.clusters.length > 0) out.push(h2('Niet gegroepeerd'));
    out.push(...canvas.unclustered.map(noteItem));
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


function pollsSection(polls: ExportPoll[]): Array<Paragraph | Table> {
  if (polls.length === 0) return [];
  return [
    h1('Peilingen'),
    ...polls.flatMap((poll) => [
      h2(poll.title),
      text(poll.question),
      table(
        ['Antwoord', 'Aantal', 'Aandeel'],
        poll.options.map((o) => [o.label, String(o.count), percentText(o.count, poll.respondents)]),
        [60, 20, 20],
      ),
      muted(`${plural(poll.respondents, 'deelnemer', 'deelnemers')} ${poll.respondents === 1 ? 'gaf' : 'gaven'} antwoord.`),
    ]),
  ];
}

function rubricSection(rubric: ExportRubric): Array<Paragraph | Table> {
  const names = rubric.phaseNames.map((name, i) => `${i + 1}. ${name}`);
  const out: Array<Paragraph | Table> = [h1(`Ontwikkelrubric: ${rubric.title}`)];
  if (rubric.question) out.push(text(rubric.question));
  out.push(
    table(
      ['Aspect', ...names, 'Mediaan'],
      rubric.aspects.map((a) => [a.title, ...a.spread.map(String), medianLabel(a.median, rubric.phaseNames)]),
    ),
    muted(`${plural(rubric.respondents, 'deelnemer', 'deelnemers')} ${rubric.respondents === 1 ? 'vulde' : 'vulden'} de rubric in.`),
  );
  for (const aspect of rubric.aspects) {
    out.push(
      h2(aspect.title),
      table(
        ['Fase', 'Beschrijving', 'Aantal'],
        aspect.phases.map((phase, i) => [names[i] ?? String(i + 1), phase ?? '–', String(aspect.spread[i] ?? 0)]),
        [20, 65, 15],
      ),
    );
  }
  return out;
}

function explanationsSection(model: ExportModel): Paragraph[] {
  if (model.explanations.length === 0) return [];
  return [h1('De visie in eigen woorden'), ...model.explanations.flatMap((e) => [h2(e.title), muted(e.prompt), text(explanationSentence(e))])];
}

function appendix(model: ExportModel): Paragraph[] {
  const out = [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: runs('Bijlage: alle notities') })];
  if (model.notes.length === 0) return [...out, muted('Geen notities.')];
  for (const canvas of model.canvases) {
    const notes = model.notes.filter((n) => n.canvasId === canvas.id);
    if (notes.length === 0) continue;
    out.push(h2(canvas.title));
    for (const note of notes) {
      const extras = [note.clusterLabel ? `groep: ${note.clusterLabel}` : '', note.votes > 0 ? dots(note.votes) : '', note.authorName].filter(Boolean);
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
