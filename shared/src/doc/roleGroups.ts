/**
 * The privacy rule for results by role: a role is shown apart only when at least this many people
 * of that role answered. Fewer could point at one colleague (the one instituutsopleider), so those
 * answers count only in the whole.
 */
export const ROLE_MIN_ANSWERS = 5;

export type RoleGroup<T> = { roleId: string; answers: T[] };

/**
 * Splits answers by their author's role and keeps only the roles with at least `ROLE_MIN_ANSWERS`
 * answers, in the order of `roleOrder`. Answers without a role, or of a smaller role, are left out
 * here (they stay in the whole). The one place the threshold is applied.
 */
export function roleGroups<T>(answers: ReadonlyMap<string, T>, roleOf: ReadonlyMap<string, string>, roleOrder: readonly string[]): RoleGroup<T>[] {
  const byRole = new Map<string, T[]>();
  for (const [participantId, answer] of answers) {
    const role = roleOf.get(participantId);
    if (!role) continue;
    const list = byRole.get(role) ?? [];
    list.push(answer);
    byRole.set(role, list);
  }
  return roleOrder.flatMap((roleId) => {
    const list = byRole.get(roleId) ?? [];
    return list.length >= ROLE_MIN_ANSWERS ? [{ roleId, answers: list }] : [];
  });
}
