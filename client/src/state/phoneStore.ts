import type { IntentResult, JoinResponse } from '@visiebord/shared/api';
import type { PhoneAnswers, PhoneNote, PhoneStep } from '@visiebord/shared/projection';
import { isOutdatedHello, type LiveMessage } from '@visiebord/shared/protocol';
import { createStore } from 'zustand/vanilla';
import { applyAnswerToMine, answerStepId } from '../features/phone/answerIntents';
import { dropStaleAnswers, type IntentBody, type Outbox } from '../features/phone/outbox';

/** The live socket as the phone sees it; `gone` means the workshop no longer exists. */
export type LiveStatus = 'connecting' | 'open' | 'closed' | 'gone';

/** Everything a phone shows, as plain data. Only `phoneConnection` and the outbox actions write it. */
export type PhoneState = {
  title: string;
  name: string;
  /** `undefined` until the server told us the step; `null` when the workshop has none. */
  step: PhoneStep | null | undefined;
  others: Record<string, PhoneNote>;
  own: Record<string, PhoneNote>;
  live: LiveStatus;
  browserOnline: boolean;
  outbox: Outbox;
  /** This phone's own answers to the step `stepId`, as the server last told (or acknowledged). */
  mine: { stepId: string; answers: PhoneAnswers } | null;
  /** Server clock minus this phone's clock, in ms: timers run on the server's clock. */
  clockOffset: number;
  /** A follow-up: the phone moves through the steps itself, so the room's step is not followed. */
  selfPaced: boolean;
  /**
   * In a follow-up, this phone's answers per step as acknowledged: going back to a step shows what
   * it already gave (the server's `mine` speaks only of the room's step).
   */
  answeredSteps: Record<string, PhoneAnswers>;
  /** The server speaks another live protocol than this page: only a reload helps. */
  outdated: boolean;
};

export type PhoneStore = ReturnType<typeof createPhoneStore>;

export type StepMessage = Extract<LiveMessage, { t: 'step' }>;

/** The step a join answered with, as the live socket would say it (older servers send none). */
export function joinedStep(answer: Pick<JoinResponse, 'step' | 'serverNow'>): StepMessage | null {
  if (answer.step === undefined || typeof answer.serverNow !== 'number') return null;
  return { t: 'step', step: answer.step, serverNow: answer.serverNow };
}

/** `step`: what a fresh join said, shown until the live socket, the source of truth, says otherwise. */
export function createPhoneStore(initial: { title: string; name: string; outbox: Outbox; step?: StepMessage | null; selfPacedSteps?: PhoneStep[] }) {
  return createStore<PhoneState>()(() => {
    const state: PhoneState = {
      title: initial.title,
      name: initial.name,
      step: undefined,
      others: {},
      own: {},
      live: 'connecting',
      browserOnline: typeof navigator === 'undefined' ? true : navigator.onLine,
      outbox: initial.outbox,
      mine: null,
      clockOffset: 0,
      selfPaced: initial.selfPacedSteps !== undefined,
      answeredSteps: {},
      outdated: false,
    };
    if (initial.selfPacedSteps) return { ...state, step: initial.selfPacedSteps[0] ?? null };
    return initial.step ? { ...state, ...applyLiveMessage(state, initial.step) } : state;
  });
}

/** How a message from `/live` changes what the phone shows. */
export function applyLiveMessage(state: PhoneState, message: LiveMessage): Partial<PhoneState> {
  switch (message.t) {
    case 'hello':
      if (isOutdatedHello(message)) return { outdated: true };
      return { title: message.title || state.title, name: message.name || state.name, outdated: false };
    case 'step': {
      const stepId = message.step?.id ?? null;
      const clockOffset = typeof message.serverNow === 'number' ? message.serverNow - Date.now() : state.clockOffset;
      if (state.selfPaced) return { clockOffset };
      return {
        step: message.step,
        clockOffset,
        mine: state.mine && state.mine.stepId === stepId ? state.mine : null,
        outbox: dropStaleAnswers(state.outbox, stepId),
      };
    }
    case 'mine':
      // In a follow-up the phone may be elsewhere than the room's step: the server's word is kept for that step.
      if (state.selfPaced) {
        const answeredSteps = { ...state.answeredSteps, [message.stepId]: message.answers };
        return state.step?.id === message.stepId ? { mine: { stepId: message.stepId, answers: message.answers }, answeredSteps } : { answeredSteps };
      }
      return { mine: { stepId: message.stepId, answers: message.answers } };
    case 'notes':
      return { others: applyDelta(message.reset ? {} : state.others, message.upsert, message.remove) };
    case 'own':
      return { own: applyDelta(message.reset ? {} : state.own, message.upsert, message.remove) };
    case 'deleted':
      return { live: 'gone' };
    default:
      return {};
  }
}

function applyDelta(base: Record<string, PhoneNote>, upsert: PhoneNote[], remove: string[]): Record<string, PhoneNote> {
  const next = { ...base };
  for (const note of upsert) next[note.id] = note;
  for (const id of remove) delete next[id];
  return next;
}

/**
 * What an acknowledgement means for the phone's own notes, applied at once so an acknowledged
 * note shows exactly once, even before the server's `own` message arrives.
 */
export function applyAcknowledged(own: Record<string, PhoneNote>, sent: IntentBody, answer: Pick<IntentResult, 'noteId'>): Record<string, PhoneNote> {
  switch (sent.type) {
    case 'note.add': {
      if (!answer.noteId || own[answer.noteId]) return own;
      const note: PhoneNote = { id: answer.noteId, canvasId: sent.canvasId, text: sent.text, mine: true, hidden: false, updatedAt: 0 };
      return { ...own, [note.id]: note };
    }
    case 'note.edit': {
      const current = own[sent.noteId];
      return current ? { ...own, [sent.noteId]: { ...current, text: sent.text } } : own;
    }
    case 'note.delete': {
      if (!own[sent.noteId]) return own;
      const next = { ...own };
      delete next[sent.noteId];
      return next;
    }
    default:
      return own;
  }
}

/** An acknowledged answer shows as this phone's answer at once, before the server's `mine` message. */
export function applyAnswerAcknowledged(state: PhoneState, sent: IntentBody): Partial<PhoneState> {
  if (sent.type.startsWith('note.')) return {};
  const { id: _id, ...body } = sent as Extract<IntentBody, { stepId: string }>;
  const stepId = answerStepId(body);
  if (!stepId || !state.step || state.step.id !== stepId) return {};
  const answers = applyAnswerToMine(state.mine?.stepId === stepId ? state.mine.answers : {}, body);
  return { mine: { stepId, answers }, ...(state.selfPaced ? { answeredSteps: { ...state.answeredSteps, [stepId]: answers } } : {}) };
}

/** In a follow-up, the phone's own move to another step (its answers there arrive as it sends them). */
export function showOwnStep(state: PhoneState, step: PhoneStep): Partial<PhoneState> {
  if (!state.selfPaced) return {};
  const answered = state.answeredSteps[step.id];
  return { step, mine: answered ? { stepId: step.id, answers: answered } : state.mine?.stepId === step.id ? state.mine : null };
}

