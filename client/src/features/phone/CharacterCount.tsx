import { NOTE_MAX_LENGTH } from '@visiebord/shared/intents';

/** Characters as people count them (an emoji is one), the way the server counts. */
export const noteLength = (text: string) => [...text.trim()].length;

export const isNoteTextValid = (text: string) => {
  const length = noteLength(text);
  return length > 0 && length <= NOTE_MAX_LENGTH;
};

export function CharacterCount({ id, text }: { id: string; text: string }) {
  const length = noteLength(text);
  const over = length > NOTE_MAX_LENGTH;
  return (
    <span id={id} className={over ? 'char-count over' : 'char-count'}>
      {length}/{NOTE_MAX_LENGTH}
      {over && ` — ${length - NOTE_MAX_LENGTH} te veel`}
    </span>
  );
}
