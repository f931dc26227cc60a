import { describe, expect, it } from 'vitest';
import { answerStateLabel, answerStatus } from './answerStatus';
import { emptyOutbox, enqueueAnswer, markFailed, markSending } from './outbox';
import { answerKey, applyAnswerToMine, isAnswerBody, type AnswerBody } from './answerIntents';
import { pileOf, placeOnPile, restorePiles, restoreSortRound, samePiles, sentPiles, sortsSent, startNewPile, takeOffPile, unsortedNotes } from './piles';
import { phaseText, rubricProgress } from './rubricProgress';
import { timerRemainingMs } from './timerClock';
import { addBlockedReason, canAddDot, canRemoveDot, dotsPerTarget, remainingLabel, spentDots } from './voteMath';

describe('dot voting arithmetic', () => {
  const rules = { budget: 5, maxPerTarget: 2 };
  it('lays what is on its way over what the server acknowledged', () => {
    const counts = dotsPerTarget(['a', 'b', 'c'], { a: 2, b: 1 }, (id) => (id === 'b' ? 0 : undefined));
    expect(counts).toEqual({ a: 2, b: 0, c: 0 });
    expect(spentDots(counts)).toBe(2);
    expect(remainingLabel(counts, 5)).toBe('Nog 3 van 5 stippen');
  });
  it('respects the budget and the most per target', () => {
    expect(canAddDot({ a: 2 }, 'a', rules)).toBe(false);
    expect(addBlockedReason({ a: 2 }, 'a', rules)).toBe('Hoogstens 2 stippen per antwoord.');
    expect(canAddDot({ a: 2, b: 2, c: 1 }, 'd', rules)).toBe(false);
    expect(addBlockedReason({ a: 2, b: 2, c: 1 }, 'd', rules)).toMatch(/Al je stippen/);
    expect(remainingLabel({ a: 2, b: 2, c: 1 }, 5)).toBe('Al je 5 stippen zijn verdeeld');
    expect(canAddDot({ a: 1 }, 'a', rules)).toBe(true);
    expect(canRemoveDot({ a: 0 }, 'a')).toBe(false);
    expect(remainingLabel({}, 1)).toBe('Nog 1 van 1 stip');
  });
});

describe('piles', () => {
  it('moves notes between piles by taps and drops empty piles', () => {
    let piles = startNewPile([], 'n1');
    piles = placeOnPile(piles, 'n2', 0);
    piles = startNewPile(piles, 'n3');
    expect(piles).toEqual([['n1', 'n2'], ['n3']]);
    piles = placeOnPile(piles, 'n3', 0);
    expect(piles).toEqual([['n1', 'n2', 'n3']]);
    piles = startNewPile(piles, 'n1');
    expect(pileOf(piles, 'n1')).toBe(1);
    piles = takeOffPile(piles, 'n1');
    expect(piles).toEqual([['n2', 'n3']]);
    expect(unsortedNotes(['n1', 'n2', 'n3', 'n4'], piles)).toEqual(['n1', 'n4']);
    expect(placeOnPile(piles, 'n1', 5)).toBe(piles);
  });
  it('restores only notes of the handful, each once, and compares piles without order', () => {
    expect(restorePiles(['a', 'b', 'c'], [['a', 'x', 'a'], ['b'], 'junk', []])).toEqual([['a'], ['b']]);
    expect(restorePiles(['a'], null)).toEqual([]);
    expect(samePiles([['a', 'b'], ['c']], [['c'], ['b', 'a']])).toBe(true);
    expect(samePiles([['a', 'b'], ['c']], [['a'], ['b', 'c']])).toBe(false);
  });
  it('keeps a further handful apart from the first: its own outbox key, its own sent piles', () => {
    const first: AnswerBody = { type: 'sort.submit', stepId: 's', piles: [['a']] };
    const second: AnswerBody = { type: 'sort.submit', stepId: 's', piles: [['x', 'y']], round: 1 };
    expect(answerKey(second)).not.toBe(answerKey(first));
    expect(answerKey({ ...first, round: 0 })).toBe(answerKey(first));
    expect(isAnswerBody(second)).toBe(true);
    expect(isAnswerBody({ ...second, round: 'twee' })).toBe(false);
    const mine = applyAnswerToMine(applyAnswerToMine({}, first), second);
    expect(mine).toEqual({ sort: [['a']], moreSorts: { 1: [['x', 'y']] } });
    expect(sentPiles(mine, 0)).toEqual([['a']]);
    expect(sentPiles(mine, 1)).toEqual([['x', 'y']]);
    expect(sentPiles(mine, 2)).toBeUndefined();
    expect(sortsSent(mine)).toBe(2);
    expect(sortsSent({})).toBe(0);
  });
  it('reads back which handful the phone is on, starting at the first when storage holds nonsense', () => {
    expect(restoreSortRound({ round: 2, enough: true })).toEqual({ round: 2, enough: true });
    expect(restoreSortRound({ round: -1 })).toEqual({ round: 0, enough: false });
    expect(restoreSortRound('2')).toEqual({ round: 0, enough: false });
    expect(restoreSortRound(null)).toEqual({ round: 0, enough: false });
  });
});

describe('timer on the server clock', () => {
  it('corrects for a phone clock that is off, and shows paused time as it is', () => {
    const timer = { running: true, endsAt: 100_000, remainingMs: 0 };
    expect(timerRemainingMs(timer, 5_000, 50_000)).toBe(45_000);
    expect(timerRemainingMs(timer, 0, 200_000)).toBe(0);
    expect(timerRemainingMs({ running: false, endsAt: 0, remainingMs: 61_000 }, 0, 999)).toBe(61_000);
    expect(timerRemainingMs(null, 0, 0)).toBeNull();
  });
});

describe('rubric and answer status', () => {
  it('counts the aspects filled in and names an empty phase', () => {
    const chosen: Record<string, number> = { a: 2, c: 1 };
    expect(rubricProgress(['a', 'b', 'c', 'd'], (id) => chosen[id]).label).toBe('2 van 4 onderdelen ingevuld');
    expect(rubricProgress(['a'], () => 3).label).toBe('Het onderdeel is ingevuld');
    expect(phaseText(null)).toBe('— (geen beschrijving in deze fase)');
  });
  it('says where an answer is: refused first, then on its way, then sent', () => {
    let n = 0;
    const newId = () => `id-${++n}`;
    let box = enqueueAnswer(emptyOutbox(), { type: 'vote.set', stepId: 's', targetId: 'a', count: 1 }, newId);
    expect(answerStatus(box, ['vote:s:a', 'vote:s:b'], false).state).toBe('queued');
    expect(answerStateLabel(answerStatus(box, ['vote:s:a'], false), false)).toMatch(/wacht op verbinding/);
    box = markSending(box, 'id-1');
    expect(answerStatus(box, ['vote:s:a'], false).state).toBe('sending');
    box = markFailed(box, 'id-1', 'Je hebt al je stippen verdeeld.');
    const failed = answerStatus(box, ['vote:s:a'], true);
    expect(answerStateLabel(failed, true)).toBe('niet gelukt: Je hebt al je stippen verdeeld.');
    expect(answerStatus(emptyOutbox(), ['x'], true).state).toBe('sent');
    expect(answerStatus(emptyOutbox(), ['x'], false).state).toBe('none');
  });
});
