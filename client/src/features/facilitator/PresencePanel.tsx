import type { Presence } from '@visiebord/shared/protocol';

/** Who is in the room: joined, online now, and answered this step — the numbers a facilitator waits on. */
export function PresencePanel({ presence, stepId, answerable }: { presence: Presence | null; stepId: string; answerable: boolean }) {
  const answered = presence && presence.stepId === stepId ? presence.answered : 0;
  const online = presence?.online ?? 0;
  return (
    <section className="presence" aria-labelledby="presence-title" data-testid="presence">
      <h3 id="presence-title" className="panel-title">
        In de zaal
      </h3>
      {presence === null ? (
        <p className="hint">Aantallen laden…</p>
      ) : (
        <dl className="presence-figures" aria-live="polite">
          <div>
            <dt>Aangemeld</dt>
            <dd data-testid="presence-joined">{presence.joined}</dd>
          </div>
          <div>
            <dt>Nu online</dt>
            <dd data-testid="presence-online">{online}</dd>
          </div>
          {answerable && (
            <div>
              <dt>Geantwoord deze stap</dt>
              <dd data-testid="presence-answered">
                {answered}
                {online > 0 && <span className="presence-of"> van {online}</span>}
              </dd>
            </div>
          )}
        </dl>
      )}
    </section>
  );
}
