import { describe, expect, it } from 'vitest';
import { answerParticipant, readMoreSortsOf, readSortOf, readSorts, setPollAnswer, setRubricAnswer, setSort, setVotes, sortAnswerKey } from './answers.ts';
import { medianPhase, pollResult, rubricResult, voteResult } from './results.ts';
import { createTestDoc } from '../testing/fixtures.ts';

describe('results', () => {
  it('adds up polls, dots and rubric phases without naming anyone', () => {
    const doc = createTestDoc();
    setPollAnswer(doc, 'p', 'anna', ['a', 'b']);
    setPollAnswer(doc, 'p', 'bram', ['b', 'onbekend']);
    expect(pollResult(doc, 'p', ['a', 'b', 'c'])).toEqual({ stepId: 'p', respondents: 2, counts: { a: 1, b: 2, c: 0 } });
    setVotes(doc, 'v', 'anna', { n1: 2, n2: 1 });
    setVotes(doc, 'v', 'bram', {});
    expect(voteResult(doc, 'v')).toEqual({ stepId: 'v', voters: 1, totals: { n1: 2, n2: 1 } });
    setRubricAnswer(doc, 'r', 'anna', { visie: 2, x: 3 });
    setRubricAnswer(doc, 'r', 'bram', { visie: 4 });
    expect(rubricResult(doc, 'r', ['visie'])).toEqual({ stepId: 'r', respondents: 2, spread: { visie: [0, 1, 0, 1] } });
  });

  it('keeps a phone’s further sorts beside its first, each read as the same phone', () => {
    const doc = createTestDoc();
    setSort(doc, 'g', sortAnswerKey('anna', 0), [['n1', 'n2']]);
    setSort(doc, 'g', sortAnswerKey('anna', 1), [['n3'], ['n4']]);
    setSort(doc, 'g', sortAnswerKey('anna', 2), [['n5', 'n6']]);
    setSort(doc, 'g', sortAnswerKey('bram', 1), [['n7']]);
    expect(readSorts(doc, 'g').size).toBe(4);
    expect(readSortOf(doc, 'g', 'anna')).toEqual([['n1', 'n2']]);
    expect(readMoreSortsOf(doc, 'g', 'anna')).toEqual(new Map([[1, [['n3'], ['n4']]], [2, [['n5', 'n6']]]]));
    expect(readMoreSortsOf(doc, 'g', 'bram')).toEqual(new Map([[1, [['n7']]]]));
    expect(new Set([...readSorts(doc, 'g').keys()].map(answerParticipant))).toEqual(new Set(['anna', 'bram']));
  });

  it('takes the median phase, the lower one on a tie', () => {
    expect(medianPhase([0, 0, 0, 0])).toBeNull();
    expect(medianPhase([1, 0, 0, 0])).toBe(1);
    expect(medianPhase([0, 3, 1, 1])).toBe(2);
    expect(medianPhase([1, 1, 1, 1])).toBe(2);
    expect(medianPhase([0, 0, 1, 5])).toBe(4);
  });
});
