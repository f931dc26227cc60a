/** What the server knows when a phone asks for one more handful to sort. */
export type NextSetInput = {
  /** The step's handfuls (note ids), each of one question. */
  sets: readonly (readonly string[])[];
  /** The question (index) of each note. */
  questionOf: ReadonlyMap<string, number>;
  /** Per set, how many phones were handed it so far. */
  given: readonly number[];
  /** The notes of every sort the room sent in this step. */
  sorts: readonly (readonly string[])[];
  /** The notes this phone sorted or was handed. */
  seen: ReadonlySet<string>;
  /** The sets this phone was handed. */
  mine: ReadonlySet<number>;
};

/**
 * Which set a phone sorts next, or null when nothing useful is left for it. The engine clusters each
 * question apart and its quality grows with the sorts per question, so the thinnest evidence goes
 * first: the question with the fewest sorts (sent, or handed out and on their way), then a question
 * this phone has not sorted, then the set handed out least, then the notes compared least. A set
 * this phone had, or whose notes it mostly sorted already, tells the engine nothing new from this
 * phone and is never handed to it.
 */
export function chooseNextSet(input: NextSetInput): number | null {
  const { sets, questionOf, given, sorts, seen, mine } = input;
  const questionOfSet = (set: readonly string[]) => questionOf.get(set[0] ?? '') ?? -1;

  const sortsPerQuestion = new Map<number, number>();
  const timesSorted = new Map<string, number>();
  for (const notes of sorts) {
    const question = questionOf.get(notes[0] ?? '');
    if (question !== undefined) sortsPerQuestion.set(question, (sortsPerQuestion.get(question) ?? 0) + 1);
    for (const id of notes) timesSorted.set(id, (timesSorted.get(id) ?? 0) + 1);
  }
  const handedPerQuestion = new Map<number, number>();
  sets.forEach((set, index) => {
    const question = questionOfSet(set);
    handedPerQuestion.set(question, (handedPerQuestion.get(question) ?? 0) + (given[index] ?? 0));
  });
  // Sorts on their way count too, so eager phones asking at once spread over the questions.
  const evidence = (question: number) => Math.max(sortsPerQuestion.get(question) ?? 0, handedPerQuestion.get(question) ?? 0);
  const myQuestions = new Set([...seen].map((id) => questionOf.get(id)));

  let best: { index: number; rank: number[] } | null = null;
  for (const [index, set] of sets.entries()) {
    if (mine.has(index) || set.length < 2) continue;
    const fresh = set.filter((id) => !seen.has(id)).length;
    if (fresh < Math.max(2, Math.ceil(set.length / 2))) continue;
    const question = questionOfSet(set);
    const compared = set.reduce((sum, id) => sum + (timesSorted.get(id) ?? 0), 0) / set.length;
    const rank = [evidence(question), myQuestions.has(question) ? 1 : 0, given[index] ?? 0, compared, -fresh];
    if (!best || isBefore(rank, best.rank)) best = { index, rank };
  }
  return best?.index ?? null;
}

const isBefore = (a: readonly number[], b: readonly number[]): boolean => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) < (b[i] ?? 0);
  return false;
};
