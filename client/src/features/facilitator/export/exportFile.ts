/** Downloading an export: the key goes in a header (never in a URL or a server log), the file is saved from a blob. */

import type { ErrorResponse } from '@visiebord/shared/api';
import { slugify, type ExportFormat } from '@visiebord/shared/rules';
import { t } from '../../../i18n';
import { apiErrorText } from '../../../i18n/errors';

/**
 * The formats the console offers (the print view opens elsewhere); the file extension is the
 * format's name, its label `export.<format>` in the console namespace.
 */
export const EXPORT_FORMATS: ReadonlyArray<Exclude<ExportFormat, 'html'>> = ['docx', 'md', 'csv', 'json'];

export type { ExportFormat };

/** The name the server suggests in Content-Disposition, else one made from the title. */
export function exportFileName(disposition: string | null, title: string, extension: string): string {
  const star = disposition?.match(/filename\*\s*=\s*UTF-8''([^;]+)/i)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star.trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = disposition?.match(/filename\s*=\s*"?([^";]+)"?/i)?.[1]?.trim();
  if (plain) return plain;
  return `visiebord-${slugify(title)}.${extension}`;
}

export async function downloadExport(workshopId: string, key: string, format: ExportFormat, title: string): Promise<string> {
  return downloadFrom(`/api/workshops/${encodeURIComponent(workshopId)}/export?format=${format}`, key, title, format);
}

/** A whole trajectory (study day and every follow-up) as Word or as JSON to import elsewhere. */
export function downloadTrajectory(workshopId: string, key: string, format: 'docx' | 'json', title: string): Promise<string> {
  return downloadFrom(`/api/workshops/${encodeURIComponent(workshopId)}/trajectory/export?format=${format}`, key, title, format);
}

async function downloadFrom(path: string, key: string, title: string, extension: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { authorization: `Bearer ${key}` },
      cache: 'no-store',
    });
  } catch {
    throw new Error(t('console', 'export.noConnection'));
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as Partial<ErrorResponse> | null;
    if (response.status === 404 && !body?.error) throw new Error(t('console', 'export.unavailable'));
    throw new Error(body?.error ? apiErrorText(body.error) : t('console', 'export.failedStatus', { status: response.status }));
  }
  const blob = await response.blob();
  const name = exportFileName(response.headers.get('content-disposition'), title, extension);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the blob goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
