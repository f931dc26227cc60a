import { readMeta } from '@visiebord/shared/doc';
import { buildExportModel, createTrajectoryFile, createWorkshopFile, exportFileName } from '@visiebord/shared/export';
import type { TrajectorySessionRef } from '../workshops/trajectory.ts';
import { trajectoryOf } from '../workshops/trajectory.ts';
import type { ExportedFile } from './exportFile.ts';
import { renderTrajectoryDocx } from './trajectoryDocx.ts';

/** A trajectory as one file, every session in it; participants are counted by the store. */
export async function exportTrajectory(
  sessions: readonly TrajectorySessionRef[],
  format: 'docx' | 'json',
  exportedAt: number,
): Promise<ExportedFile> {
  const facts = sessions.map(({ record, participants }) => ({ participants, createdAt: record.createdAt, exportedAt }));
  const title = sessions[0] ? readMeta(sessions[0].doc).title : 'traject';
  const fileName = exportFileName(`traject ${title}`, exportedAt, format);
  if (format === 'json') {
    const file = createTrajectoryFile(sessions.map(({ doc }, i) => createWorkshopFile(doc, facts[i]!)), exportedAt);
    return { body: JSON.stringify(file, null, 2), contentType: 'application/json; charset=utf-8', fileName, attachment: true };
  }
  const models = sessions.map(({ doc }, i) => ({ model: buildExportModel(doc, facts[i]!) }));
  return {
    body: await renderTrajectoryDocx(trajectoryOf(sessions), models, title),
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    fileName,
    attachment: true,
  };
}
