/**
 * The vision statement in sentences, so phones can react to each one. A sentence's key comes from
 * its words, so a reaction stays with its sentence while others are edited around it.
 */
export type Sentence = { key: string; text: string };

export function splitSentences(text: string): Sentence[] {
  const parts = text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?…])\s+(?=[A-Z0-9À-ÖØ-Þ“"‘'(])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return parts.map((part) => ({ key: sentenceKey(part), text: part }));
}

/** FNV-1a over the sentence's folded words: short, stable, and the same on every device. */
export function sentenceKey(sentence: string): string {
  const folded = sentence.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  let hash = 0x811c9dc5;
  for (let i = 0; i < folded.length; i++) hash = Math.imul(hash ^ folded.charCodeAt(i), 0x01000193);
  return `z${(hash >>> 0).toString(36)}`;
}
