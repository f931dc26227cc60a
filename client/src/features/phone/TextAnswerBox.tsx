import type { ReactNode } from 'react';
import { CharacterCount } from './CharacterCount';

/**
 * A text to write on the phone — a note, an explanation, a note being changed — with its count as
 * the server makes it, and the buttons that go with it (`children`) on the same row.
 */
export function TextAnswerBox({
  id,
  label,
  text,
  onChange,
  rows,
  max,
  placeholder,
  disabled,
  maxLength,
  autoFocus,
  inputTestId,
  countTestId,
  children,
}: {
  id: string;
  label: string;
  text: string;
  onChange: (text: string) => void;
  rows: number;
  max?: number;
  placeholder?: string;
  disabled?: boolean;
  maxLength?: number;
  autoFocus?: boolean;
  inputTestId?: string;
  countTestId?: string;
  children: ReactNode;
}) {
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        data-testid={inputTestId}
        value={text}
        rows={rows}
        maxLength={maxLength}
        placeholder={placeholder}
        disabled={disabled}
        autoFocus={autoFocus}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-count`}
      />
      <div className="composer-row">
        <CharacterCount id={`${id}-count`} text={text} max={max} testId={countTestId} />
        {children}
      </div>
    </>
  );
}
