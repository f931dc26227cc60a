import type { PhoneNote, PhoneStep } from '@visiebord/shared/projection';
import { describe, expect, it } from 'vitest';
import { emptyOutbox } from '../features/phone/outbox';
import { decodeLiveMessage as parseLiveMessage, LIVE_PROTOCOL_VERSION } from '@visiebord/shared/protocol';
import { applyAnswerAcknowledged, applyLiveMessage, createPhoneStore, joinedStep, showOwnStep } from './phoneStore';

const note = (id: string, text = id): PhoneNote => ({ id, canvasId: 'c', text, mine: false, hidden: false, updatedAt: 1 });

describe('phone store', () => {
  it('applies note deltas and resets', () => {
    const store = createPhoneStore({ title: '', name: '', outbox: emptyOutbox() });
    const apply = (data: string) => {
      const message = parseLiveMessage(data);
      if (message) store.setState(applyLiveMessage(store.getState(), message));
    };
    apply(JSON.stringify({ t: 'notes', reset: true, upsert: [note('a'), note('b')], remove: [] }));
    apply(JSON.stringify({ t: 'notes', reset: false, upsert: [note('a', 'A')], remove: ['b'] }));
    expect(store.getState().others).toEqual({ a: note('a', 'A') });
    apply(JSON.stringify({ t: 'notes', reset: true, upsert: [note('c')], remove: [] }));
    expect(Object.keys(store.getState().others)).toEqual(['c']);
    apply(JSON.stringify({ t: 'deleted' }));
    expect(store.getState().live).toBe('gone');
  });

  it('shows the step a join answered with until the live socket tells another', () => {
    const prompt: PhoneStep = { id: 'p', type: 'prompt', title: 'Vraag', body: '', index: 1, total: 3, canvases: [], timer: null };
    const first = joinedStep({ step: prompt, serverNow: Date.now() + 30_000 });
    const store = createPhoneStore({ title: '', name: '', outbox: emptyOutbox(), step: first });
    expect(store.getState().step).toEqual(prompt);
    expect(store.getState().clockOffset).toBeGreaterThan(29_000);
    expect(store.getState().live).toBe('connecting');
    store.setState(applyLiveMessage(store.getState(), { t: 'step', step: null, serverNow: Date.now() }));
    expect(store.getState().step).toBeNull();
  });

  it('takes no step from a join that told none (an older server)', () => {
    expect(joinedStep({})).toBeNull();
    expect(joinedStep({ step: null })).toBeNull();
    expect(joinedStep({ step: null, serverNow: 5 })).toEqual({ t: 'step', step: null, serverNow: 5 });
    expect(createPhoneStore({ title: '', name: '', outbox: emptyOutbox(), step: null }).getState().step).toBeUndefined();
  });

  it('asks for a reload when the server speaks another live protocol', () => {
    const store = createPhoneStore({ title: 'Studiedag', name: '', outbox: emptyOutbox() });
    const hello = { t: 'hello', participantId: 'p', name: 'Anna', title: 'Studiedag' } as const;
    store.setState(applyLiveMessage(store.getState(), { ...hello, v: LIVE_PROTOCOL_VERSION }));
    expect(store.getState()).toMatchObject({ outdated: false, name: 'Anna' });
    store.setState(applyLiveMessage(store.getState(), { ...hello, v: LIVE_PROTOCOL_VERSION + 1 }));
    expect(store.getState().outdated).toBe(true);
  });

  it('ignores frames it does not understand', () => {
    expect(parseLiveMessage('{')).toBeNull();
    expect(parseLiveMessage(JSON.stringify({ t: 'notes' }))).toBeNull();
    expect(parseLiveMessage(JSON.stringify({ t: 'surprise' }))).toBeNull();
    expect(parseLiveMessage(new ArrayBuffer(2))).toBeNull();
  });

  it('keeps this phone’s answers per step, the server clock offset, and acknowledged answers at once', () => {
    const store = createPhoneStore({ title: '', name: '', outbox: emptyOutbox() });
    const apply = (value: unknown) => {
      const message = parseLiveMessage(JSON.stringify(value));
      if (message) store.setState(applyLiveMessage(store.getState(), message));
    };
    const step = { id: 'v', type: 'vote', title: 'Stem', body: '', index: 0, total: 1, canvases: [], timer: null };
    apply({ t: 'step', step, serverNow: Date.now() + 60_000 });
    expect(store.getState().clockOffset).toBeGreaterThan(59_000);
    apply({ t: 'mine', stepId: 'v', answers: { votes: { a: 1 } } });
    expect(store.getState().mine).toEqual({ stepId: 'v', answers: { votes: { a: 1 } } });
    store.setState(applyAnswerAcknowledged(store.getState(), { id: 'x', type: 'vote.set', stepId: 'v', targetId: 'b', count: 2 }));
    expect(store.getState().mine?.answers.votes).toEqual({ a: 1, b: 2 });
    // An answer for a step that is over changes nothing; a new step forgets the old answers.
    expect(applyAnswerAcknowledged(store.getState(), { id: 'y', type: 'poll.answer', stepId: 'old', value: 'a' })).toEqual({});
    apply({ t: 'step', step: { ...step, id: 'p', type: 'poll' }, serverNow: Date.now() });
    expect(store.getState().mine).toBeNull();
    expect(parseLiveMessage(JSON.stringify({ t: 'mine', stepId: 3, answers: {} }))).toBeNull();
  });

  it('in a follow-up, shows a step the phone goes back to with the answers it gave there', () => {
    const base = { title: '', body: '', total: 2, canvases: [], timer: null };
    const explain = { ...base, id: 'e', type: 'explain', index: 0 } as PhoneStep;
    const rubric = { ...base, id: 'r', type: 'rubric', index: 1 } as PhoneStep;
    const store = createPhoneStore({ title: '', name: '', outbox: emptyOutbox(), selfPacedSteps: [explain, rubric] });
    store.setState(applyAnswerAcknowledged(store.getState(), { id: 'x', type: 'explain.submit', stepId: 'e', text: 'Samen opleiden' }));
    store.setState(showOwnStep(store.getState(), rubric));
    expect(store.getState().mine).toBeNull();
    store.setState(showOwnStep(store.getState(), explain));
    expect(store.getState().mine).toEqual({ stepId: 'e', answers: { explanation: 'Samen opleiden' } });
    // What the server says of the room's step is kept for when the phone gets there.
    store.setState(applyLiveMessage(store.getState(), { t: 'mine', stepId: 'r', answers: { rubric: { commitment: 3 } } }));
    expect(store.getState().mine?.stepId).toBe('e');
    store.setState(showOwnStep(store.getState(), rubric));
    expect(store.getState().mine).toEqual({ stepId: 'r', answers: { rubric: { commitment: 3 } } });
  });
});
