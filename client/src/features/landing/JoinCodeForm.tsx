import { isWellFormedJoinCode, JOIN_CODE_LENGTH, normalizeJoinCode } from '@visiebord/shared/api';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/useT';
import { navigate } from '../../router';

/** Most visitors: type the code from the beamer and go to the phone view. */
export function JoinCodeForm() {
  const t = useT('landing');
  const id = useId();
  const [raw, setRaw] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const code = normalizeJoinCode(raw);
    if (!isWellFormedJoinCode(code)) {
      setError(t('join.badCode', { length: JOIN_CODE_LENGTH }));
      return;
    }
    navigate(`/j/${code}`);
  }

  return (
    <form className="card landing-card join-card" onSubmit={submit}>
      <h2>{t('join.title')}</h2>
      <label htmlFor={id}>{t('join.label')}</label>
      <input
        id={id}
        data-testid="join-code-input"
        className="join-code-input"
        value={raw}
        onChange={(e) => {
          setRaw(e.target.value);
          setError(null);
        }}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        inputMode="text"
        placeholder={t('join.placeholder')}
        maxLength={JOIN_CODE_LENGTH + 4}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="error-text" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button" data-testid="join-submit">
        {t('join.submit')}
      </button>
    </form>
  );
}
