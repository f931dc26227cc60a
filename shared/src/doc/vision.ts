import * as Y from 'yjs';
import { readCanvas } from './access.ts';
import { ROOT_VISION } from './roots.ts';

/**
 * The draft vision: one shared text per question (keyed by canvas id) that facilitators write
 * together, and the assembled statement. Y.Text, so two people can type at once.
 */
export const STATEMENT_KEY = '_statement';

function visionRoot(doc: Y.Doc): Y.Map<Y.Text> {
  return doc.getMap<Y.Text>(ROOT_VISION);
}

/** The shared text for a question (or the statement), made on first use. */
export function getVisionText(doc: Y.Doc, key: string): Y.Text {
  const root = visionRoot(doc);
  const existing = root.get(key);
  if (existing instanceof Y.Text) return existing;
  const text = new Y.Text();
  doc.transact(() => root.set(key, text));
  return text;
}

/** Replaces a vision text as a whole: for a drafted suggestion, not for typing. */
export function setVisionText(doc: Y.Doc, key: string, value: string, origin?: unknown): void {
  doc.transact(() => {
    const text = getVisionText(doc, key);
    text.delete(0, text.length);
    text.insert(0, value);
  }, origin);
}

export type Vision = { statement: string; parts: Array<{ canvasId: string; prompt: string; text: string }> };

export function readVision(doc: Y.Doc): Vision {
  const root = visionRoot(doc);
  const statement = root.get(STATEMENT_KEY);
  const parts: Vision['parts'] = [];
  root.forEach((value, key) => {
    if (key === STATEMENT_KEY || !(value instanceof Y.Text)) return;
    parts.push({ canvasId: key, prompt: readCanvas(doc, key)?.prompt ?? key, text: value.toString() });
  });
  parts.sort((a, b) => a.canvasId.localeCompare(b.canvasId));
  return { statement: statement instanceof Y.Text ? statement.toString() : '', parts };
}
