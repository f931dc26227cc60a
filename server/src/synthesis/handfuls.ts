import type { HandfulResponse } from '@visiebord/shared/api';
import type * as Y from 'yjs';
import { AppError } from '@visiebord/shared/api';
import { readCanvas, readCurrentStep, readNotes } from '@visiebord/shared/doc';
import { pickSortHandfuls } from '@visiebord/shared/synthesis';

type Handfuls = { key: string; sets: string[][]; text: Map<string, string> };

const cache = new WeakMap<Y.Doc, Handfuls>();

/** More handfuls than phones, so every note is seen several times however many join. */
const HANDFUL_SETS = 60;

function stableIndex(id: string, n: number): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return (hash >>> 0) % n;
}

/**
 * The notes one phone is asked to sort in the current group step: chosen by the engine where it is
 * least sure, spread so every note is seen by several colleagues. Computed once per step and set of
 * notes, then handed out by participant.
 */
export function handfulFor(doc: Y.Doc, participantId: string): HandfulResponse {
  const step = readCurrentStep(doc);
  if (!step || step.type !== 'group') throw new AppError('step_not_current', 'Er wordt nu niet gesorteerd. Volg het scherm voorin de zaal.');
  const notes = step.canvasIds.flatMap((canvasId) => readNotes(doc, canvasId).filter((n) => !n.hidden));
  const key = `${step.id}|${notes.map((n) => n.id).join(',')}`;
  let handfuls = cache.get(doc);
  if (!handfuls || handfuls.key !== key) {
    const prompt = step.canvasIds.map((id) => readCanvas(doc, id)?.prompt ?? '').join(' ');
    const sets = pickSortHandfuls(
      { prompt, notes: notes.map((n) => ({ id: n.id, text: n.text })) },
      { phones: HANDFUL_SETS, size: step.handful, seed: 1 },
    );
    handfuls = { key, sets, text: new Map(notes.map((n) => [n.id, n.text])) };
    cache.set(doc, handfuls);
  }
  const set = handfuls.sets.length > 0 ? (handfuls.sets[stableIndex(participantId, handfuls.sets.length)] ?? []) : [];
  return { stepId: step.id, notes: set.map((id) => ({ id, text: handfuls.text.get(id) ?? '' })) };
}
