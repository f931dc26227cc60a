import { isWellFormedJoinCode, JOIN_CODE_LENGTH, normalizeJoinCode } from '@visiebord/shared/api';
import { useId, useState, type FormEvent } from 'react';
import { navigate } from '../../router';

/** Most visitors: type the code from the beamer and go to the phone view. */
export function JoinCodeForm() {
  const id = useId();
  const [raw, setRaw] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const code = normalizeJoinCode(raw);
    if (!isWellFormedJoinCode(code)) {
      setError(`Een code heeft ${JOIN_CODE_LENGTH} letters en cijfers, zoals op het scherm voorin de zaal (zonder 0, O, 1, I of L).`);
      return;
    }
    navigate(`/j/${code}`);
  }

  return (
    <form className="card landing-card join-card" onSubmit={submit}>
      <h2>Meedoen</h2>
      <label htmlFor={id}>Code van het scherm</label>
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
        placeholder="bijv. K7P Q2M"
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
        Doe mee
      </button>
    </form>
  );
}
