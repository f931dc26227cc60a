import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { exportWords, type ExportModel, type ExportWords } from '@visiebord/shared/export';
import type { Trajectory, TrajectorySession } from '@visiebord/shared/trajectory';
import { cell, h1, h2, muted, runs, text, workshopBody } from './docx.ts';

/**
 * The trajectory for a school leader: first the comparison as table-charts (shaded cells show
 * where colleagues placed the school, bars of cells show the explain score against the norm), the
 * summary in plain words, results by role, and then every session in full.
 */
export async function renderTrajectoryDocx(trajectory: Trajectory, sessions: ReadonlyArray<{ model: ExportModel }>, title: string): Promise<Buffer> {
  // The comparison speaks the study day's language; every session's own part speaks its own.
  const w = exportWords(sessions[0]?.model.language ?? 'nl');
  const t = w.trajectory;
  const document = new Document({
    title: t.title(title),
    creator: 'Visiebord',
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: w.docxLang } } } } },
    sections: [
      { children: [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(t.title(title)) }), ...comparison(trajectory, w)] },
      ...sessions.map(({ model }, i) => ({
        children: [new Paragraph({ heading: HeadingLevel.TITLE, pageBreakBefore: i === 0, children: runs(`${sessionName(trajectory, i, w)}: ${model.title}`) }), ...workshopBody(model)],
      })),
    ],
  });
  return Packer.toBuffer(document);
}

function sessionName(trajectory: Trajectory, index: number, w: ExportWords): string {
  const followUps = trajectory.sessions.slice(0, index + 1).filter((s) => s.kind === 'vervolg').length;
  return trajectory.sessions[index]?.kind === 'vervolg' ? w.trajectory.followUp(followUps) : w.trajectory.studyDay;
}

/** "Vervolg 1 (14 maart 2026)" */
const datedSessionName = (trajectory: Trajectory, index: number, date: number, w: ExportWords): string =>
  `${sessionName(trajectory, index, w)} (${w.longDate(date)})`;

/** Light to dark blue by share of answers: readable printed in black and white too (counts are in the cells). */
const SHADES = ['FFFFFF', 'DCE6F7', 'B3C8EE', '7FA3E0', '3F6FCC'];
const shadeFor = (count: number, total: number) => SHADES[total === 0 || count === 0 ? 0 : Math.min(4, 1 + Math.floor((count / total) * 4))] ?? 'FFFFFF';

function comparison(trajectory: Trajectory, w: ExportWords): Array<Paragraph | Table> {
  const t = w.trajectory;
  const out: Array<Paragraph | Table> = [h1(t.summary), ...trajectory.facts.map((fact) => new Paragraph({ bullet: { level: 0 }, children: runs(t.summaryLine(fact)) }))];
  out.push(h1(t.perAspect), muted(t.perAspectHint));
  for (const aspect of trajectory.aspects) {
    out.push(h2(aspect.title), aspectTable(trajectory, trajectory.sessions, aspect.id, w));
  }
  out.push(h1(t.explaining), explainTable(trajectory, trajectory.sessions, w));
  out.push(h1(t.byRole), muted(t.byRoleHint));
  const roles = new Map<string, string>();
  for (const s of trajectory.sessions) for (const r of s.byRole) roles.set(r.roleId, r.label);
  if (roles.size === 0) out.push(text(t.noRoles));
  for (const [roleId, label] of roles) {
    const asRole = trajectory.sessions.map((s) => {
      const row = s.byRole.find((r) => r.roleId === roleId);
      return { ...s, rubric: row?.rubric ?? null, explain: row?.explain ?? null };
    });
    out.push(h2(label));
    for (const aspect of trajectory.aspects) out.push(text(aspect.title), aspectTable(trajectory, asRole, aspect.id, w));
    out.push(text(t.explainShort), explainTable(trajectory, asRole, w));
  }
  return out;
}

function aspectTable(trajectory: Trajectory, sessions: readonly TrajectorySession[], aspectId: string, w: ExportWords): Table {
  const header = new TableRow({
    tableHeader: true,
    children: [cell(w.trajectory.session, { bold: true, width: 24 }), ...trajectory.phaseNames.map((name, i) => cell(`${i + 1}. ${name}`, { bold: true, width: 19 }))],
  });
  const rows = sessions.map((s, i) => {
    const figure = s.rubric?.[aspectId];
    const name = datedSessionName(trajectory, i, s.date, w);
    if (!figure) return new TableRow({ children: [cell(name), ...trajectory.phaseNames.map(() => cell('–'))] });
    return new TableRow({
      children: [
        cell(name),
        ...figure.spread.map((count, p) => cell(`${count}${figure.median === p + 1 ? ' ◆' : ''}`, { bold: figure.median === p + 1, fill: shadeFor(count, figure.respondents) })),
      ],
    });
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

const BAR_CELLS = 10;

/** One row per session: ten cells filled up to the share, the norm's cell marked, then the figure. */
function explainTable(trajectory: Trajectory, sessions: readonly TrajectorySession[], w: ExportWords): Table {
  const norm = sessions.find((s) => s.explain)?.explain?.norm ?? 80;
  const normCell = Math.ceil(norm / (100 / BAR_CELLS)) - 1;
  const rows = sessions.map((s, i) => {
    const e = s.explain;
    const filled = e ? Math.floor(e.share * BAR_CELLS + 1e-9) : 0;
    const bar = Array.from({ length: BAR_CELLS }, (_, c) => cell(c === normCell ? '|' : '', { fill: c < filled ? (e?.meetsNorm ? '5CB874' : 'F2B84B') : 'FFFFFF', width: 5 }));
    const figure = e && e.submitted > 0 ? w.trajectory.explainFigure(e.share, e.explaining, e.participants, e.meetsNorm) : '–';
    return new TableRow({ children: [cell(datedSessionName(trajectory, i, s.date, w), { width: 25 }), ...bar, cell(figure, { bold: true, width: 25 })] });
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [headerRow(norm, w), ...rows] });
}

function headerRow(norm: number, w: ExportWords): TableRow {
  return new TableRow({
    tableHeader: true,
    children: [
      cell(w.trajectory.session, { bold: true }),
      new TableCell({ columnSpan: BAR_CELLS, children: [new Paragraph({ children: runs(w.trajectory.scale(norm), { bold: true }) })] }),
      cell(w.trajectory.canExplain, { bold: true }),
    ],
  });
}
