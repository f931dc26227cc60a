import { describe, expect, it } from 'vitest';
import type { AnswerBody } from './answerIntents';
import { dropStaleAnswers, emptyOutbox, enqueueAnswer, markFailed, markSending, markSent, nextToSend, pendingAnswer, requestFor, restoreOutbox, type Outbox } from './outbox';

function ids() {
  let n = 0;
  return () => `id-${++n}`;
}
const vote = (targetId: string, count: number): AnswerBody => ({ type: 'vote.set', stepId: 's', targetId, count });
const poll = (value: string | string[]): AnswerBody => ({ type: 'poll.answer', stepId: 's', value });
const send = (box: Outbox) => markSending(box, nextToSend(box)!.id);

describe('answers in the outbox', () => {
  it('replaces an unsent answer to the same question instead of sending both', () => {
    const newId = ids();
    let box = enqueueAnswer(emptyOutbox(), poll('a'), newId);
    box = enqueueAnswer(box, poll('b'), newId);
    expect(box.entries).toHaveLength(1);
    expect(requestFor(box, nextToSend(box)!)).toEqual({ id: 'id-1', type: 'poll.answer', stepId: 's', value: 'b' });
  });

  it('queues behind an answer the server may have seen, never changing it', () => {
    const newId = ids();
    let box = send(enqueueAnswer(emptyOutbox(), poll('a'), newId));
    box = enqueueAnswer(box, poll('b'), newId);
    expect(box.entries.map((e) => e.id)).toEqual(['id-1', 'id-2']);
    expect(pendingAnswer(box, 'poll:s')).toEqual(poll('b'));
    box = markSent(box, 'id-1', {});
    expect(nextToSend(box)?.id).toBe('id-2');
  });

  it('coalesces taps on one vote target only at the end of the queue, keeping the budget order', () => {
    const newId = ids();
    let box = enqueueAnswer(emptyOutbox(), vote('a', 0), newId); // removes a dot from a
    box = enqueueAnswer(box, vote('b', 1), newId);
    box = enqueueAnswer(box, vote('b', 2), newId); // same target, at the end: merged
    expect(box.entries.map((e) => e.type === 'answer' && e.body)).toEqual([vote('a', 0), vote('b', 2)]);
    box = enqueueAnswer(box, vote('a', 1), newId); // not at the end: queued behind, never moved ahead
    expect(box.entries.map((e) => e.type === 'answer' && e.body)).toEqual([vote('a', 0), vote('b', 2), vote('a', 1)]);
  });

  it('lets a new answer supersede a refused one, and drops refusals of steps that are over', () => {
    const newId = ids();
    let box = enqueueAnswer(emptyOutbox(), vote('a', 3), newId);
    box = markFailed(send(box), 'id-1', 'Je hebt al je stippen verdeeld.');
    expect(nextToSend(box)).toBeNull();
    expect(pendingAnswer(box, 'vote:s:a')).toBeUndefined();
    const fixed = enqueueAnswer(box, vote('a', 1), newId);
    expect(fixed.entries).toEqual([expect.objectContaining({ id: 'id-2', state: 'queued' })]);
    expect(dropStaleAnswers(box, 's')).toBe(box);
    expect(dropStaleAnswers(box, 'other').entries).toEqual([]);
  });

  it('survives a reload and drops what it cannot trust', () => {
    const newId = ids();
    const box = send(enqueueAnswer(emptyOutbox(), { type: 'sort.submit', stepId: 's', piles: [['n1', 'n2'], ['n3']] }, newId));
    const restored = restoreOutbox(JSON.parse(JSON.stringify(box)));
    expect(nextToSend(restored)).toMatchObject({ id: 'id-1', state: 'queued', attempts: 1 });
    const bad = { entries: [{ id: 'x', type: 'answer', key: 'poll:s', state: 'queued', attempts: 0, body: { type: 'poll.answer', stepId: 's', value: 3 } }], resolved: {} };
    expect(restoreOutbox(bad)).toEqual(emptyOutbox());
  });
});
