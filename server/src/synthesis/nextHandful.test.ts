import { describe, expect, it } from 'vitest';
import { chooseNextSet, type NextSetInput } from './nextHandful.ts';

// Two questions: notes a1…a6 and b1…b6; three sets per question.
const questionOf = new Map([...['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id) => [id, 0] as const), ...['b1', 'b2', 'b3', 'b4', 'b5', 'b6'].map((id) => [id, 1] as const)]);
const sets = [
  ['a1', 'a2', 'a3', 'a4'],
  ['b1', 'b2', 'b3', 'b4'],
  ['a3', 'a4', 'a5', 'a6'],
  ['b3', 'b4', 'b5', 'b6'],
  ['a1', 'a2', 'a5', 'a6'],
  ['b1', 'b2', 'b5', 'b6'],
];
const input = (over: Partial<NextSetInput>): NextSetInput => ({ sets, questionOf, given: sets.map(() => 0), sorts: [], seen: new Set(), mine: new Set(), ...over });

describe('chooseNextSet', () => {
  it('goes to the question with the fewest sorts, even when this phone sorted the other', () => {
    const sorts = [sets[0]!, sets[2]!, sets[1]!];
    // The phone sorted question b; question a has two sorts, b one: b is thinner.
    const chosen = chooseNextSet(input({ sorts, seen: new Set(sets[1]), mine: new Set([1]), given: [1, 1, 1, 0, 0, 0] }));
    expect(chosen).not.toBeNull();
    expect(questionOf.get(sets[chosen!]![0]!)).toBe(1);
    expect(chosen).toBe(3);
  });

  it('counts handfuls handed out but not yet sent, so phones asking at once spread over the questions', () => {
    const chosen = chooseNextSet(input({ given: [1, 0, 1, 0, 1, 0], seen: new Set(sets[0]), mine: new Set([0]) }));
    expect(questionOf.get(sets[chosen!]![0]!)).toBe(1);
  });

  it('on equal evidence prefers a question this phone has not sorted', () => {
    const chosen = chooseNextSet(input({ given: [1, 1, 0, 0, 0, 0], seen: new Set(sets[0]), mine: new Set([0]) }));
    expect(chosen).toBe(3);
  });

  it('within a question takes the notes compared least', () => {
    const sorts = [['a1', 'a2', 'a3', 'a4'], ['a1', 'a2', 'a5', 'a6'], ['a1', 'a2', 'a3', 'a4']];
    const chosen = chooseNextSet(input({ sets: sets.filter((_, i) => i % 2 === 0), sorts, given: [2, 0, 1], seen: new Set(['b1']) }));
    // Set 1 (a3–a6) is handed out least and its notes were compared least.
    expect(chosen).toBe(1);
  });

  it('never hands a phone a set it had, nor one whose notes it mostly sorted', () => {
    const seen = new Set([...sets[0]!, ...sets[1]!, 'a5', 'b5']);
    const chosen = chooseNextSet(input({ seen, mine: new Set([0, 1]) }));
    // Sets 2–5 each hold three notes it sorted and one fresh: nothing useful is left.
    expect(chosen).toBeNull();
  });

  it('says null when the phone had every set', () => {
    expect(chooseNextSet(input({ mine: new Set([0, 1, 2, 3, 4, 5]) }))).toBeNull();
  });

  it('hands a set out again to another phone once every set was given, the least given first', () => {
    const chosen = chooseNextSet(input({ given: [2, 2, 1, 2, 2, 2], seen: new Set(sets[1]), mine: new Set([1]) }));
    expect(chosen).toBe(2);
  });
});
