import { describe, expect, it } from 'vitest';
import { ROLE_MIN_ANSWERS, roleGroups } from './roleGroups.ts';

const answers = (n: number, prefix: string) => new Map(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, i] as const));

describe('roleGroups: the privacy threshold for results by role', () => {
  it('shows a role apart from five answers on, never with four', () => {
    expect(ROLE_MIN_ANSWERS).toBe(5);
    const all = new Map([...answers(5, 'l'), ...answers(4, 's'), ...answers(2, 'x')]);
    const roleOf = new Map<string, string>([
      ...[...answers(5, 'l').keys()].map((id) => [id, 'leraar'] as [string, string]),
      ...[...answers(4, 's').keys()].map((id) => [id, 'schoolleiding'] as [string, string]),
    ]);
    const groups = roleGroups(all, roleOf, ['schoolleiding', 'leraar', 'student']);
    expect(groups.map((g) => [g.roleId, g.answers.length])).toEqual([['leraar', 5]]);
  });

  it('counts only answers, not people who picked the role but did not answer', () => {
    const roleOf = new Map(Array.from({ length: 9 }, (_, i) => [`p${i}`, 'leraar'] as [string, string]));
    expect(roleGroups(answers(4, 'p'), roleOf, ['leraar'])).toEqual([]);
  });
});
