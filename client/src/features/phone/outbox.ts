import type { IntentResult } from '@visiebord/shared/api';
import type { Intent } from '@visiebord/shared/intents';
/**
 * The phone's outbox: intents the server has not acknowledged yet, in order, as plain data.
 * Pure functions only — the driver (`outboxDriver.ts`) does the sending, the store keeps the value
 * and `phoneStorage.ts` writes it to localStorage, so nothing typed on a phone is lost to a
 * reload or a wifi hiccup.
 *
 * Exactly once: every entry carries the intent id made on the phone, kept across retries; the
 * server answers a repeated id with its first result. An entry the server may have seen (it was
 * sent at least once) is therefore never changed: a later edit or delete is queued behind it.
 * An entry never sent, or one the server refused, may still be changed in place.
 */

import { answerKey, isAnswerBody, type AnswerBody } from './answerIntents';

/** A server note id, or `local:<intent id>` for a note the server has not acknowledged yet. */
export type NoteKey = string;
export type EntryState = 'queued' | 'sending' | 'failed';

type EntryBase = { id: string; state: EntryState; attempts: number; error?: string };
export type AddEntry = EntryBase & { type: 'note.add'; noteKey: NoteKey; canvasId: string; text: string };
export type EditEntry = EntryBase & { type: 'note.edit'; noteKey: NoteKey; text: string };
export type DeleteEntry = EntryBase & { type: 'note.delete'; noteKey: NoteKey };
export type NoteEntry = AddEntry | EditEntry | DeleteEntry;
/** An answer to the current step (or a new name); `key` says which older answer it replaces. */
export type AnswerEntry = EntryBase & { type: 'answer'; key: string; body: AnswerBody };
export type OutboxEntry = NoteEntry | AnswerEntry;

export type Outbox = {
  entries: OutboxEntry[];
  /** Local keys of acknowledged adds → the server's note id, kept while a queued entry still needs it. */
  resolved: Record<NoteKey, string>;
};

/** What the outbox sends: an intent as the server parses it. */
export type IntentBody = Intent;

export const emptyOutbox = (): Outbox => ({ entries: [], resolved: {} });

export const isLocalKey = (key: NoteKey) => key.startsWith('local:');

/** The key a note has now: the server's id once its add was acknowledged. */
export const resolveKey = (outbox: Outbox, key: NoteKey): NoteKey => outbox.resolved[key] ?? key;

/** Never sent, or refused by the server: either way the server holds nothing of it. */
const isChangeable = (entry: OutboxEntry) => (entry.state === 'queued' && entry.attempts === 0) || entry.state === 'failed';

export const isNoteEntry = (entry: OutboxEntry): entry is NoteEntry => entry.type !== 'answer';

const concerns = (outbox: Outbox, entry: OutboxEntry, key: NoteKey): entry is NoteEntry =>
  isNoteEntry(entry) && resolveKey(outbox, entry.noteKey) === resolveKey(outbox, key);

/** A changed entry that had been refused gets a new id: the server may remember the refusal under the old one. */
function renew<E extends OutboxEntry>(entry: E, newId: () => string): E {
  if (entry.state !== 'failed') return entry;
  const { error: _error, ...rest } = entry;
  return { ...rest, id: newId(), state: 'queued', attempts: 0 } as E;
}

export function enqueueAdd(outbox: Outbox, note: { canvasId: string; text: string }, newId: () => string): { outbox: Outbox; noteKey: NoteKey } {
  const id = newId();
  const noteKey = `local:${id}`;
  const entry: AddEntry = { id, type: 'note.add', noteKey, canvasId: note.canvasId, text: note.text, state: 'queued', attempts: 0 };
  return { outbox: { ...outbox, entries: [...outbox.entries, entry] }, noteKey };
}

export function enqueueEdit(outbox: Outbox, noteKey: NoteKey, text: string, newId: () => string): Outbox {
  const last = findLast(outbox.entries, (e) => concerns(outbox, e, noteKey));
  if (last?.type === 'note.delete' && last.state !== 'failed') return outbox; // on its way out
  if (last && last.type !== 'note.delete' && isChangeable(last)) {
    return replaceEntry(outbox, last.id, renew({ ...last, text }, newId));
  }
  const entry: EditEntry = { id: newId(), type: 'note.edit', noteKey: resolveKey(outbox, noteKey), text, state: 'queued', attempts: 0 };
  return { ...outbox, entries: [...outbox.entries, entry] };
}

export function enqueueDelete(outbox: Outbox, noteKey: NoteKey, newId: () => string): Outbox {
  const mine = outbox.entries.filter((e): e is NoteEntry => concerns(outbox, e, noteKey));
  const add = mine.find((e) => e.type === 'note.add');
  // A note the server never got needs no message at all: forget everything about it.
  const isMine = (e: OutboxEntry) => isNoteEntry(e) && mine.includes(e);
  if (add && isChangeable(add)) return prune({ ...outbox, entries: outbox.entries.filter((e) => !isMine(e)) });
  const dropped = new Set<OutboxEntry>(mine.filter((e) => e.type === 'note.edit' && isChangeable(e)));
  let entries = outbox.entries.filter((e) => !dropped.has(e));
  const pendingDelete = mine.find((e) => e.type === 'note.delete');
  if (pendingDelete) {
    entries = entries.map((e) => (e === pendingDelete ? renew(e, newId) : e));
  } else {
    entries = [...entries, { id: newId(), type: 'note.delete', noteKey: resolveKey(outbox, noteKey), state: 'queued', attempts: 0 }];
  }
  return prune({ ...outbox, entries });
}

/** Sends a refused entry again unchanged (for instance when its question is open again). */
export function retryEntry(outbox: Outbox, entryId: string, newId: () => string): Outbox {
  const entry = outbox.entries.find((e) => e.id === entryId);
  return entry ? replaceEntry(outbox, entryId, renew(entry, newId)) : outbox;
}

/** The next entry to send, FIFO, one at a time: nothing while another is on its way. */
export function nextToSend(outbox: Outbox): OutboxEntry | null {
  if (outbox.entries.some((e) => e.state === 'sending')) return null;
  // An edit or delete of a note whose add is still unanswered waits; its add comes first anyway.
  const sendable = (e: OutboxEntry) =>
    e.state === 'queued' && (e.type === 'answer' || e.type === 'note.add' || !isLocalKey(resolveKey(outbox, e.noteKey)));
  return outbox.entries.find(sendable) ?? null;
}

export function requestFor(outbox: Outbox, entry: OutboxEntry): IntentBody {
  switch (entry.type) {
    case 'note.add':
      return { id: entry.id, type: 'note.add', canvasId: entry.canvasId, text: entry.text };
    case 'note.edit':
      return { id: entry.id, type: 'note.edit', noteId: resolveKey(outbox, entry.noteKey), text: entry.text };
    case 'note.delete':
      return { id: entry.id, type: 'note.delete', noteId: resolveKey(outbox, entry.noteKey) };
    case 'answer':
      return { ...entry.body, id: entry.id };
  }
}

export function markSending(outbox: Outbox, entryId: string): Outbox {
  return updateEntry(outbox, entryId, (e) => ({ ...e, state: 'sending', attempts: e.attempts + 1 }));
}

/** The server acknowledged: the entry leaves the outbox; an add teaches us its note's server id. */
export function markSent(outbox: Outbox, entryId: string, answer: IntentResult): Outbox {
  const entry = outbox.entries.find((e) => e.id === entryId);
  if (!entry) return outbox;
  const resolved = entry.type === 'note.add' && answer.noteId ? { ...outbox.resolved, [entry.noteKey]: answer.noteId } : outbox.resolved;
  return prune({ entries: outbox.entries.filter((e) => e !== entry), resolved });
}

/** No answer, or a temporary one: the entry waits for the next attempt with the same id. */
export function markRetry(outbox: Outbox, entryId: string): Outbox {
  return updateEntry(outbox, entryId, (e) => ({ ...e, state: 'queued' }));
}

/**
 * The server said no. The entry stays, visibly, until the person changes or removes it. A refused
 * add takes in the edits queued behind it, and disappears with a delete queued behind it.
 */
export function markFailed(outbox: Outbox, entryId: string, message: string): Outbox {
  const entry = outbox.entries.find((e) => e.id === entryId);
  if (!entry) return outbox;
  const failed = { ...entry, state: 'failed' as const, error: message };
  if (entry.type !== 'note.add') return replaceEntry(outbox, entryId, failed);
  const sameNote = (e: OutboxEntry) => isNoteEntry(e) && e.noteKey === entry.noteKey;
  const later = outbox.entries.filter((e) => e !== entry && sameNote(e));
  if (later.some((e) => e.type === 'note.delete')) return prune({ ...outbox, entries: outbox.entries.filter((e) => !sameNote(e)) });
  const lastEdit = findLast(later, (e) => e.type === 'note.edit') as EditEntry | undefined;
  const folded = lastEdit ? { ...failed, text: lastEdit.text } : failed;
  const entries = outbox.entries.filter((e) => !later.includes(e)).map((e) => (e === entry ? folded : e));
  return { ...outbox, entries };
}

/**
 * Queues an answer. Refused answers with the same key are superseded and leave. An unsent answer
 * with the same key is replaced in place — for votes only when it is the last entry, because
 * votes share one budget: moving a raise ahead of a later removal could briefly overspend it.
 * An answer the server may have seen is never changed: the new one queues behind it.
 */
export function enqueueAnswer(outbox: Outbox, body: AnswerBody, newId: () => string): Outbox {
  const key = answerKey(body);
  const sameKey = (e: OutboxEntry): e is AnswerEntry => e.type === 'answer' && e.key === key;
  const entries = outbox.entries.filter((e) => !(sameKey(e) && e.state === 'failed'));
  const candidate = body.type === 'vote.set' ? entries[entries.length - 1] : findLast(entries, sameKey);
  if (candidate && sameKey(candidate) && candidate.state === 'queued' && candidate.attempts === 0) {
    return { ...outbox, entries: entries.map((e) => (e === candidate ? { ...candidate, body } : e)) };
  }
  const entry: AnswerEntry = { id: newId(), type: 'answer', key, body, state: 'queued', attempts: 0 };
  return { ...outbox, entries: [...entries, entry] };
}

/** The newest answer with this key still on its way or refused, if any. */
export const latestAnswer = (outbox: Outbox, key: string): AnswerEntry | undefined =>
  findLast(outbox.entries, (e): e is AnswerEntry => e.type === 'answer' && e.key === key) as AnswerEntry | undefined;

/** The answer the phone should show for a key: the newest one not refused. */
export const pendingAnswer = (outbox: Outbox, key: string): AnswerBody | undefined =>
  (findLast(outbox.entries, (e) => e.type === 'answer' && e.key === key && e.state !== 'failed') as AnswerEntry | undefined)?.body;

/** Refused answers to steps that are over can no longer be fixed; they leave with the step. */
export function dropStaleAnswers(outbox: Outbox, currentStepId: string | null): Outbox {
  const stale = (e: OutboxEntry) =>
    e.type === 'answer' && e.state === 'failed' && e.body.type !== 'profile.rename' && e.body.stepId !== currentStepId;
  return outbox.entries.some(stale) ? { ...outbox, entries: outbox.entries.filter((e) => !stale(e)) } : outbox;
}

/** Entries after a reload: one that was on its way may or may not have arrived, so it is sent again (same id). */
export function restoreOutbox(value: unknown): Outbox {
  if (typeof value !== 'object' || value === null) return emptyOutbox();
  const { entries, resolved } = value as { entries?: unknown; resolved?: unknown };
  const valid = Array.isArray(entries) ? entries.filter(isEntry) : [];
  const map: Record<string, string> = {};
  if (typeof resolved === 'object' && resolved !== null) {
    for (const [k, v] of Object.entries(resolved)) if (typeof v === 'string') map[k] = v;
  }
  return { entries: valid.map((e) => (e.state === 'sending' ? { ...e, state: 'queued' } : e)), resolved: map };
}

function isEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  const base =
    typeof e.id === 'string' && typeof e.attempts === 'number' && (e.state === 'queued' || e.state === 'sending' || e.state === 'failed');
  if (!base) return false;
  if (e.type === 'answer') return isAnswerBody(e.body) && e.key === answerKey(e.body);
  if (typeof e.noteKey !== 'string') return false;
  if (e.type === 'note.add') return typeof e.canvasId === 'string' && typeof e.text === 'string';
  if (e.type === 'note.edit') return typeof e.text === 'string';
  return e.type === 'note.delete';
}

// Array.prototype.findLast is missing on phones a few years old (iOS < 15.4).
function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return items[i];
  return undefined;
}

function updateEntry(outbox: Outbox, entryId: string, change: (entry: OutboxEntry) => OutboxEntry): Outbox {
  return { ...outbox, entries: outbox.entries.map((e) => (e.id === entryId ? change(e) : e)) };
}

function replaceEntry(outbox: Outbox, entryId: string, next: OutboxEntry): Outbox {
  return updateEntry(outbox, entryId, () => next);
}

/** Drops resolutions no queued entry needs any more, so the stored outbox stays small. */
function prune(outbox: Outbox): Outbox {
  const needed = new Set(outbox.entries.filter(isNoteEntry).map((e) => e.noteKey));
  const resolved = Object.fromEntries(Object.entries(outbox.resolved).filter(([key]) => needed.has(key)));
  return { entries: outbox.entries, resolved };
}
