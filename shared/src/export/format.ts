import type { Language } from '../script/schema.ts';

/**
 * Dates, counts and file names as a reader expects them. Study days happen in the Netherlands
 * (an English one too, at an international school), so times are shown in Amsterdam time
 * whatever zone the server runs in.
 */
const TIME_ZONE = 'Europe/Amsterdam';

const longDateOptions = { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' } as const;
// British English puts the day first ("2 December 2026"), as a Dutch date does.
const longDates: Record<Language, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', longDateOptions),
  en: new Intl.DateTimeFormat('en-GB', longDateOptions),
};
const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "14 maart 2026", or "14 March 2026" in English. */
export function formatLongDate(ms: number, language: Language): string {
  return longDates[language].format(ms);
}

function dateParts(ms: number): Record<string, string> {
  return Object.fromEntries(parts.formatToParts(ms).map((p) => [p.type, p.value]));
}

/** "2026-03-14": sorts well, and Excel and LibreOffice read it as a date. */
export function formatIsoDate(ms: number): string {
  const p = dateParts(ms);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "2026-03-14 10:22" */
export function formatDateTime(ms: number): string {
  const p = dateParts(ms);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** "1 notitie", "3 notities" */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export { EXPORT_FORMATS, isExportFormat, slugify, type ExportFormat } from '../rules/exportFile.ts';
import { slugify, type ExportFormat } from '../rules/exportFile.ts';

/** `visiebord-<slug>-<date>.<ext>`: plain ASCII, so every browser and file system keeps it. */
export function exportFileName(title: string, exportedAt: number, format: ExportFormat): string {
  return `visiebord-${slugify(title)}-${formatIsoDate(exportedAt)}.${format}`;
}
