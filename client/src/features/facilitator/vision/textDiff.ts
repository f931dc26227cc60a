/**
 * The smallest single change between two versions of a text, so a textarea can be bound to a
 * shared Y.Text: typing becomes one delete + insert at the right place (two facilitators typing in
 * different sentences both keep their words), and a caret survives edits that arrive from others.
 * Indices are UTF-16 code units, as in JavaScript strings and Y.Text.
 */
export type TextChange = { index: number; remove: number; insert: string };

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The change that turns `before` into `after`; null when they are equal. Never splits an emoji in two. */
export function diffText(before: string, after: string): TextChange | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  if (endBefore < before.length && isLowSurrogate(before.charCodeAt(endBefore))) {
    endBefore++;
    endAfter++;
  }
  return { index: start, remove: endBefore - start, insert: after.slice(start, endAfter) };
}

export function applyChange(text: string, change: TextChange): string {
  return text.slice(0, change.index) + change.insert + text.slice(change.index + change.remove);
}

/**
 * Where a position (a caret) ends up after someone else's change. A position inside removed text
 * lands at the end of what replaced it; text inserted exactly at the position goes after it when
 * `insertBefore` is false (the caret stays put while the other person types at the same spot).
 */
export function transformIndex(position: number, change: TextChange, insertBefore = false): number {
  const end = change.index + change.remove;
  if (position < change.index || (position === change.index && change.remove === 0 && !insertBefore)) return position;
  if (position >= end) return position + change.insert.length - change.remove;
  return change.index + change.insert.length;
}

/**
 * A local change computed against an older text, moved onto a text in which `remote` already
 * happened (the doc moved on between two renders). Overlapping edits keep both sides' words.
 */
export function rebaseChange(local: TextChange, remote: TextChange): TextChange {
  const start = transformIndex(local.index, remote, true);
  const end = Math.max(start, transformIndex(local.index + local.remove, remote, false));
  return { index: start, remove: end - start, insert: local.insert };
}
