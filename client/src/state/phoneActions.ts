import type { AnswerBody } from '../features/phone/answerIntents';
import { enqueueAdd, enqueueAnswer, enqueueDelete, enqueueEdit, retryEntry, type NoteKey } from '../features/phone/outbox';
import { createUuid } from '../lib/uuid';
import type { PhoneStore } from './phoneStore';

/**
 * What a person can do on their phone. Each action only changes the outbox; the phone's
 * connection notices the new entry and sends it, now or when the network is back.
 */
export function postNote(store: PhoneStore, canvasId: string, text: string): void {
  store.setState((s) => ({ outbox: enqueueAdd(s.outbox, { canvasId, text }, createUuid).outbox }));
}

export function editNote(store: PhoneStore, noteKey: NoteKey, text: string): void {
  store.setState((s) => ({ outbox: enqueueEdit(s.outbox, noteKey, text, createUuid) }));
}

export function deleteNote(store: PhoneStore, noteKey: NoteKey): void {
  store.setState((s) => ({ outbox: enqueueDelete(s.outbox, noteKey, createUuid) }));
}

/** Sends a refused entry again, as it is (say, when its question is open again). */
export function retryNote(store: PhoneStore, entryId: string): void {
  store.setState((s) => ({ outbox: retryEntry(s.outbox, entryId, createUuid) }));
}

/** An answer to the current step (poll, dots, rubric, piles, explanation, reaction) or a new name. */
export function sendAnswer(store: PhoneStore, body: AnswerBody): void {
  store.setState((s) => ({ outbox: enqueueAnswer(s.outbox, body, createUuid) }));
}

export const retryAnswer = retryNote;
