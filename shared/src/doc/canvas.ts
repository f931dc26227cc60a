import * as Y from 'yjs';
import type { CanvasSpec } from '../script/schema.ts';
import { asBoolean, asString, readFields } from './values.ts';

/** A canvas's fixed content (from the script) and its live state (from the facilitator). */
export type CanvasInfo = {
  id: string;
  stepId: string;
  /** A short name from the script ("Werven"), or empty; the board and beamer lead with it. */
  title: string;
  prompt: string;
  explanation: string;
  /** Others' notes are shown on the beamer and phones only once revealed. */
  revealed: boolean;
  /** A locked canvas takes no new or changed notes. */
  locked: boolean;
};

export const CANVAS_KEY = { notes: 'notes', clusters: 'clusters' } as const;

export function createCanvasMap(spec: CanvasSpec, stepId: string): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('id', spec.id);
  map.set('stepId', stepId);
  map.set('title', spec.title ?? '');
  map.set('prompt', spec.prompt);
  map.set('explanation', spec.explanation ?? '');
  map.set('revealed', spec.reveal === 'open');
  map.set('locked', false);
  map.set(CANVAS_KEY.notes, new Y.Map());
  map.set(CANVAS_KEY.clusters, new Y.Map());
  return map;
}

const CANVAS_FIELDS = { stepId: asString, title: asString, prompt: asString, explanation: asString, revealed: asBoolean, locked: asBoolean };

export function readCanvasInfo(value: unknown): CanvasInfo | null {
  if (!(value instanceof Y.Map)) return null;
  const id = value.get('id');
  if (typeof id !== 'string') return null;
  return { id, ...readFields(value, CANVAS_FIELDS) };
}
