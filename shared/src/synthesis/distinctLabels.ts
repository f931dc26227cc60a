// Two groups with the same name are one group too many to a facilitator. Clusters choose in
// order (biggest first), each taking its best label candidate no earlier cluster took.

const fold = (text: string): string => text.toLocaleLowerCase('nl').trim();

/** One label per cluster from its ranked candidates, distinct across clusters. */
export function distinctLabels(candidates: readonly (readonly string[])[]): string[] {
  const used = new Set<string>();
  return candidates.map((list) => {
    let label = list.find((candidate) => !used.has(fold(candidate))) ?? list[0] ?? '';
    // Every candidate taken (two identical notes): the words stay the notes' own, a number tells them apart.
    const base = label;
    for (let n = 2; used.has(fold(label)); n++) label = `${base} (${n})`;
    used.add(fold(label));
    return label;
  });
}
