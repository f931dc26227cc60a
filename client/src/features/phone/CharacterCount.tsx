import { checkText, NOTE_MAX_LENGTH } from '@visiebord/shared/rules';
import { useT } from '../../i18n/useT';

/** Whether the server will take this text: counted in visible characters after the server's cleaning. */
export const isTextSendable = (text: string, max = NOTE_MAX_LENGTH) => checkText(text, max).problem === null;

/** "8/500", or "503/500 — 3 te veel": the count the server will make of this text. */
export function CharacterCount({ id, text, max = NOTE_MAX_LENGTH, testId }: { id: string; text: string; max?: number; testId?: string }) {
  const { length } = checkText(text, max);
  const over = length > max;
  const t = useT('phone');
  return (
    <span id={id} className={over ? 'char-count over' : 'char-count'} data-testid={testId} data-length={length}>
      {length}/{max}
      {over && ` — ${t('count.over', { count: length - max })}`}
    </span>
  );
}
