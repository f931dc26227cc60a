/** "2 van 4 onderdelen ingevuld": how far this phone is with the rubric. */
export function rubricProgress(aspectIds: readonly string[], chosen: (aspectId: string) => number | undefined): { done: number; total: number; label: string } {
  const done = aspectIds.filter((id) => chosen(id) !== undefined).length;
  const total = aspectIds.length;
  const label = done === total ? `Alle ${total} onderdelen ingevuld` : `${done} van ${total} onderdelen ingevuld`;
  return { done, total, label };
}

/** What a phase cell says; the seed leaves some phases without a description. */
export const phaseText = (text: string | null): string => text ?? '— (geen beschrijving in deze fase)';
