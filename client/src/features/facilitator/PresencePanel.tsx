import type { Presence } from '@visiebord/shared/protocol';
import { useT } from '../../i18n/useT';

/** Who is in the room: joined, online now, and answered this step — the numbers a facilitator waits on. */
export function PresencePanel({ presence, stepId, answerable }: { presence: Presence | null; stepId: string; answerable: boolean }) {
  const t = useT('console');
  const answered = presence && presence.stepId === stepId ? presence.answered : 0;
  const online = presence?.online ?? 0;
  return (
    <section className="presence" aria-labelledby="presence-title" data-testid="presence">
      <h3 id="presence-title" className="panel-title">
        {t('presence.title')}
      </h3>
      {presence === null ? (
        <p className="hint">{t('presence.loading')}</p>
      ) : (
        <dl className="presence-figures" aria-live="polite">
          <div>
            <dt>{t('presence.joined')}</dt>
            <dd data-testid="presence-joined">{presence.joined}</dd>
          </div>
          <div>
            <dt>{t('presence.online')}</dt>
            <dd data-testid="presence-online">{online}</dd>
          </div>
          {answerable && (
            <div>
              <dt>{t('presence.answered')}</dt>
              <dd data-testid="presence-answered">
                {answered}
                {online > 0 && <span className="presence-of"> {t('presence.ofOnline', { online })}</span>}
              </dd>
            </div>
          )}
        </dl>
      )}
    </section>
  );
}
