import { areResultsVisible, medianPhase, type Flow, type Results, type StepView, type WorkshopSnapshot } from '@visiebord/shared/doc';
import { useT, type T } from '../../i18n/useT';
import type { WorkshopActions } from '../../state/workshopActions';
import { clusterName } from '../board/boardModel';

type Props = { step: StepView; snapshot: WorkshopSnapshot; flow: Flow | null; results: Results | null; actions: WorkshopActions };

/**
 * The live answers of a poll, vote or rubric step, for the facilitator only, and the switch that
 * shows them to the room when the script keeps them hidden until revealed.
 */
export function StepResults({ step, snapshot, flow, results, actions }: Props) {
  const t = useT('console');
  if (step.type !== 'poll' && step.type !== 'vote' && step.type !== 'rubric') return null;
  const hiddenByScript = step.reveal === 'hidden';
  const visible = flow ? areResultsVisible(step, flow) : !hiddenByScript;
  return (
    <section className="step-results" aria-labelledby="step-results-title" data-testid="step-results">
      <h3 id="step-results-title" className="panel-title">
        {t('results.title')}
      </h3>
      <div className="canvas-switch">
        <span className={visible ? 'state-chip on' : 'state-chip off'}>{visible ? t('results.visible') : t('results.hidden')}</span>
        {hiddenByScript && (
          <button
            type="button"
            className={visible ? 'button secondary small' : 'button small'}
            onClick={() => actions.setStepResultsRevealed(step.id, !visible)}
            data-testid="results-reveal"
            data-revealed={visible}
          >
            {visible ? t('results.hide') : t('results.show')}
          </button>
        )}
      </div>
      <div aria-live="polite">{summary(t, step, snapshot, results)}</div>
    </section>
  );
}

function summary(t: T, step: StepView, snapshot: WorkshopSnapshot, results: Results | null) {
  if (step.type === 'poll') {
    const poll = results?.polls.find((p) => p.stepId === step.id);
    return (
      <ul className="result-list">
        <li className="hint">{t('results.answered', { count: poll?.respondents ?? 0 })}</li>
        {step.options.map((o) => (
          <li key={o.id}>
            <span>{o.label}</span> <strong>{poll?.counts[o.id] ?? 0}</strong>
          </li>
        ))}
      </ul>
    );
  }
  if (step.type === 'vote') {
    const vote = results?.votes.find((v) => v.stepId === step.id);
    const names = new Map<string, string>();
    for (const canvas of snapshot.canvases) {
      for (const n of canvas.notes) names.set(n.id, n.text);
      for (const c of canvas.clusters) names.set(c.id, clusterName(c));
    }
    const ranked = Object.entries(vote?.totals ?? {})
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5);
    return (
      <ol className="result-list">
        <li className="hint">{t('results.voted', { count: vote?.voters ?? 0 })}</li>
        {ranked.map(([id, n]) => (
          <li key={id}>
            <span>{names.get(id) ?? id}</span> <strong>{n}</strong>
          </li>
        ))}
      </ol>
    );
  }
  if (step.type === 'rubric') {
    const rubric = results?.rubrics.find((r) => r.stepId === step.id);
    return (
      <ul className="result-list">
        <li className="hint">{t('results.answered', { count: rubric?.respondents ?? 0 })}</li>
        {step.aspects.map((a) => {
          const median = medianPhase(rubric?.spread[a.id] ?? [0, 0, 0, 0]);
          return (
            <li key={a.id}>
              <span>{a.title}</span> <strong>{median ? t('results.phase', { phase: median, name: step.phaseNames[median - 1] ?? '' }) : '—'}</strong>
            </li>
          );
        })}
      </ul>
    );
  }
  return null;
}
