import type { StepOf } from '@visiebord/shared/script';
import { useStore } from 'zustand';
import type { WorkshopStore } from '../../../state/workshopStore';

/** The group step: what to do on the phone, and how many sorts are in. */
export function GroupInstructions({ step, store }: { step: StepOf<'group'>; store: WorkshopStore }) {
  const sorts = useStore(store, (s) => s.results?.sorts.find((r) => r.stepId === step.id)?.count ?? 0);
  return (
    <section className="beamer-group">
      <p className="beamer-instruction">Leg op je telefoon bij elkaar wat over hetzelfde gaat</p>
      <p className="beamer-group-detail">
        Je krijgt {step.handful} notities van collega’s. Leg ze op stapels: één stapel per onderwerp.
      </p>
      <p className="beamer-big-number" data-testid="beamer-sorts" data-count={sorts} aria-live="polite">
        {sorts} {sorts === 1 ? 'sortering' : 'sorteringen'} binnen
      </p>
    </section>
  );
}
