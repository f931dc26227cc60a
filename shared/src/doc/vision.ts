import * as Y from 'yjs';
import { byCanvasOrder, canvasOrder } from '../rules/canvasOrder.ts';
import { canvasIdsOfStep } from '../script/schema.ts';
import { readCanvas, readScript } from './access.ts';
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

/** The vision as text: the statement, and each question that has words, in the script's order. */
export function readVision(doc: Y.Doc): Vision {
  const root = visionRoot(doc);
  const statement = root.get(STATEMENT_KEY);
  const parts: Vision['parts'] = [];
  root.forEach((value, key) => {
    if (key === STATEMENT_KEY || !(value instanceof Y.Text)) return;
    const text = value.toString();
    if (text.trim()) parts.push({ canvasId: key, prompt: readCanvas(doc, key)?.prompt ?? key, text });
  });
  parts.sort(byCanvasOrder(canvasOrder((readScript(doc)?.steps ?? []).flatMap(canvasIdsOfStep)), (p) => p.canvasId));
  return { statement: statement instanceof Y.Text ? statement.toString() : '', parts };
}

/**
 * Made with the workshop: the texts a synthesis step will draft into, and the statement. Two
 * facilitators who start typing in a text nobody made yet would each make their own, and one of
 * them would lose their first words.
 */
export function createVisionTexts(doc: Y.Doc, canvasIds: readonly string[]): void {
  const root = visionRoot(doc);
  for (const key of [...canvasIds, STATEMENT_KEY]) if (!(root.get(key) instanceof Y.Text)) root.set(key, new Y.Text());
}
