import { describe, expect, it } from 'vitest';
import { answerKey, applyAnswerToMine, isAnswerBody } from './answerIntents';

describe('answer intents', () => {
  it('keys answers so that only the same question replaces', () => {
    expect(answerKey({ type: 'vote.set', stepId: 's', targetId: 't', count: 1 })).toBe('vote:s:t');
    expect(answerKey({ type: 'rubric.answer', stepId: 's', aspectId: 'a', phase: 2 })).toBe('rubric:s:a');
    expect(answerKey({ type: 'profile.rename', name: 'Anna' })).toBe('rename');
  });

  it('applies an acknowledged answer to the phone’s own answers', () => {
    let mine = applyAnswerToMine({}, { type: 'vote.set', stepId: 's', targetId: 't', count: 2 });
    expect(mine.votes).toEqual({ t: 2 });
    mine = applyAnswerToMine(mine, { type: 'vote.set', stepId: 's', targetId: 't', count: 0 });
    expect(mine.votes).toEqual({});
    mine = applyAnswerToMine(mine, { type: 'vision.react', stepId: 's', sentenceKey: 'k', reaction: 'agree' });
    expect(mine.reactions).toEqual({ k: 'agree' });
    mine = applyAnswerToMine(mine, { type: 'vision.react', stepId: 's', sentenceKey: 'k', reaction: 'none' });
    expect(mine.reactions).toEqual({});
    expect(applyAnswerToMine({}, { type: 'poll.answer', stepId: 's', value: 'x' }).poll).toEqual(['x']);
    expect(applyAnswerToMine({}, { type: 'sort.submit', stepId: 's', piles: [['a'], []] }).sort).toEqual([['a']]);
  });

  it('recognises only well-formed bodies', () => {
    expect(isAnswerBody({ type: 'rubric.answer', stepId: 's', aspectId: 'a', phase: 2 })).toBe(true);
    expect(isAnswerBody({ type: 'rubric.answer', stepId: 's', aspectId: 'a', phase: 2.5 })).toBe(false);
    expect(isAnswerBody({ type: 'vision.react', stepId: 's', sentenceKey: 'k', reaction: 'love' })).toBe(false);
    expect(isAnswerBody({ type: 'note.add' })).toBe(false);
  });
});
