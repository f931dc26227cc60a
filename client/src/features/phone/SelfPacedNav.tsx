import type { PhoneStep } from '@visiebord/shared/projection';
import { useStore } from 'zustand';
import { showOwnStep, type PhoneStore } from '../../state/phoneStore';
import { formatDate } from '../../i18n/dates';
import { useT } from '../../i18n/useT';

/** A follow-up's own pace: back and forth through its steps, and until when it is open. */
export function SelfPacedNav({ store, steps, openUntil }: { store: PhoneStore; steps: PhoneStep[]; openUntil: number }) {
  const step = useStore(store, (s) => s.step);
  const index = steps.findIndex((s) => s.id === step?.id);
  const go = (to: number) => {
    const next = steps[to];
    if (!next) return;
    store.setState((state) => showOwnStep(state, next));
    window.scrollTo({ top: 0 });
  };
  const t = useT('phone');
  const until = formatDate(openUntil, { weekday: 'long', day: 'numeric', month: 'long' });
  return (
    <nav className="phone-panel self-paced-nav" aria-label={t('followUp.steps')} data-testid="self-paced-nav">
      <div className="button-row">
        <button type="button" className="button secondary" data-testid="step-previous" disabled={index <= 0} onClick={() => go(index - 1)}>
          {t('followUp.previous')}
        </button>
        <button type="button" className="button" data-testid="step-next" disabled={index < 0 || index >= steps.length - 1} onClick={() => go(index + 1)}>
          {t('followUp.next')}
        </button>
      </div>
      <p className="hint">{t('followUp.openUntil', { date: until })}</p>
    </nav>
  );
}
