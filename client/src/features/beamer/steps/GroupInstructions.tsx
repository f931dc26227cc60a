import type { StepOf } from '@visiebord/shared/script';
import { useStore } from 'zustand';
import type { WorkshopStore } from '../../../state/workshopStore';
import { useT } from '../../../i18n/useT';

/** The group step: what to do on the phone, and how many sorts are in. */
export function GroupInstructions({ step, store }: { step: StepOf<'group'>; store: WorkshopStore }) {
  const t = useT('beamer');
  const sorts = useStore(store, (s) => s.results?.sorts.find((r) => r.stepId === step.id)?.count ?? 0);
  return (
    <section className="beamer-group">
      <p className="beamer-instruction">{t('group.instruction')}</p>
      <p className="beamer-group-detail">
        {t('group.detail', { count: step.handful })}
      </p>
      <p className="beamer-big-number" data-testid="beamer-sorts" data-count={sorts} aria-live="polite">
        {t('group.sorts', { count: sorts })}
      </p>
    </section>
  );
}
