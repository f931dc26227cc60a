import { splitSentences } from '@visiebord/shared/doc';

export type ReactedSentence = { key: string; text: string; agree: number; question: number };
export type VisionPart = { id: string; prompt: string; sentences: ReactedSentence[] };
export type VisionLayout = {
  /** The statement on its own, only when it says more than the questions' texts together. */
  statement: ReactedSentence[] | null;
  parts: VisionPart[];
};

/**
 * How the draft vision goes on the wall. The drafted statement is usually the questions' texts
 * one after another; showing both would print everything twice at half the size. So the
 * statement gets its own block only when it holds sentences no question has (the facilitators
 * wrote it apart). The room's reactions are keyed by sentence, so they follow a sentence wherever
 * it is shown.
 */
export function visionLayout(
  statement: string,
  parts: Array<{ id: string; prompt: string; text: string }>,
  reactions: ReactedSentence[] | undefined,
): VisionLayout {
  const counts = new Map((reactions ?? []).map((r) => [r.key, r]));
  const react = (s: { key: string; text: string }): ReactedSentence => ({ ...s, agree: counts.get(s.key)?.agree ?? 0, question: counts.get(s.key)?.question ?? 0 });
  const withSentences = parts.map((p) => ({ id: p.id, prompt: p.prompt, sentences: splitSentences(p.text).map(react) }));
  const inParts = new Set(withSentences.flatMap((p) => p.sentences.map((s) => s.key)));
  const own = splitSentences(statement);
  const saysMore = own.some((s) => !inParts.has(s.key));
  return { statement: saysMore ? own.map(react) : null, parts: withSentences };
}
