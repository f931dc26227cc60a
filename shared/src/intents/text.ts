import { AppError } from '../api/errors.ts';
import { checkText, NOTE_MAX_LENGTH } from '../rules/text.ts';

export { cleanText, NOTE_MAX_LENGTH, textLength } from '../rules/text.ts';

/** The text of a note, or an error saying what is wrong with it in words a teacher understands. */
export function validNoteText(input: string): string {
  const { text, length, problem } = checkText(input, NOTE_MAX_LENGTH);
  if (problem === 'empty') throw new AppError('note_empty');
  if (problem === 'too_long') {
    throw new AppError('note_too_long', `Je notitie is te lang: ${length} tekens, het maximum is ${NOTE_MAX_LENGTH}. Maak hem korter of verdeel hem over twee notities.`);
  }
  return text;
}
