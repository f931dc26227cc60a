import type { StepOf } from '@visiebord/shared/script';
import { useStore } from 'zustand';
import type { WorkshopStore } from '../../../state/workshopStore';
import { useT } from '../../../i18n/useT';
import { coverageRows } from '../logic/sortCoverageRows';

/**
 * The group step: what to do on the phone, how many sorts are in, and per question how far the
 * room's sorts go towards groups it can trust — so colleagues who are done sort another handful
 * ("Nog een stapel sorteren" on the phone) where it helps most.
 */
export function GroupInstructions({ step, store }: { step: StepOf<'group'>; store: WorkshopStore }) {
  const t = useT('beamer');
  const result = useStore(store, (s) => s.results?.sorts.find((r) => r.stepId === step.id));
  const sorts = result?.count ?? 0;
  const rows = coverageRows(result?.questions ?? []);
  const wanted = rows.some((row) => row.handfulsWanted > 0);
  return (
    <section className="beamer-group">
      <p className="beamer-instruction">{t('group.instruction')}</p>
      <p className="beamer-group-detail">
        {t('group.detail', { count: step.handful })}
      </p>
      <p className="beamer-big-number" data-testid="beamer-sorts" data-count={sorts} aria-live="polite">
        {t('group.sorts', { count: sorts })}
      </p>
      {rows.length > 0 && (
        <>
          <ul className="beamer-bars beamer-coverage" aria-label={t('group.coverage')}>
            {rows.map((row) => (
              <li key={row.canvasId} className="beamer-bar" data-testid="beamer-sort-coverage" data-canvas={row.canvasId} data-wanted={row.handfulsWanted}>
                <span className="beamer-bar-label">{row.prompt}</span>
                <span className="beamer-bar-track" aria-hidden="true">
                  <span className="beamer-bar-fill" style={{ width: `${row.percent}%` }} />
                </span>
                <span className="beamer-bar-value">{row.handfulsWanted > 0 ? t('group.wanted', { count: row.handfulsWanted }) : t('group.enough')}</span>
              </li>
            ))}
          </ul>
          {sorts > 0 && (
            <p className="beamer-group-detail" data-testid="beamer-sort-nudge">
              {wanted ? t('group.nudge') : t('group.allEnough')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
