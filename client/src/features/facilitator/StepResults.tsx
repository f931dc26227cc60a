import { areResultsVisible, medianPhase, type Flow, type Results, type StepView, type WorkshopSnapshot } from '@visiebord/shared/doc';
import type { WorkshopActions } from '../../state/workshopActions';

type Props = { step: StepView; snapshot: WorkshopSnapshot; flow: Flow | null; results: Results | null; actions: WorkshopActions };

/**
 * The live answers of a poll, vote or rubric step, for the facilitator only, and the switch that
 * shows them to the room when the script keeps them hidden until revealed.
 */
export function StepResults({ step, snapshot, flow, results, actions }: Props) {
  if (step.type !== 'poll' && step.type !== 'vote' && step.type !== 'rubric') return null;
  const hiddenByScript = step.reveal === 'hidden';
  const visible = flow ? areResultsVisible(step, flow) : !hiddenByScript;
  return (
    <section className="step-results" aria-labelledby="step-results-title" data-testid="step-results">
      <h3 id="step-results-title" className="panel-title">
        Uitslag (live, alleen voor jou)
      </h3>
      <div className="canvas-switch">
        <span className={visible ? 'state-chip on' : 'state-chip off'}>{visible ? 'Uitslag zichtbaar voor de zaal' : 'Uitslag verborgen voor de zaal'}</span>
        {hiddenByScript && (
          <button
            type="button"
            className={visible ? 'button secondary small' : 'button small'}
            onClick={() => actions.setStepResultsRevealed(step.id, !visible)}
            data-testid="results-reveal"
            data-revealed={visible}
          >
            {visible ? 'Uitslag verbergen' : 'Uitslag tonen'}
          </button>
        )}
      </div>
      <div aria-live="polite">{summary(step, snapshot, results)}</div>
    </section>
  );
}

function summary(step: StepView, snapshot: WorkshopSnapshot, results: Results | null) {
  if (step.type === 'poll') {
    const poll = results?.polls.find((p) => p.stepId === step.id);
    return (
      <ul className="result-list">
        <li className="hint">{poll?.respondents ?? 0} geantwoord</li>
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
      for (const c of canvas.clusters) names.set(c.id, c.label || 'Naamloze groep');
    }
    const ranked = Object.entries(vote?.totals ?? {})
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5);
    return (
      <ol className="result-list">
        <li className="hint">{vote?.voters ?? 0} gestemd</li>
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
        <li className="hint">{rubric?.respondents ?? 0} geantwoord</li>
        {step.aspects.map((a) => {
          const median = medianPhase(rubric?.spread[a.id] ?? [0, 0, 0, 0]);
          return (
            <li key={a.id}>
              <span>{a.title}</span> <strong>{median ? `fase ${median}: ${step.phaseNames[median - 1] ?? ''}` : '—'}</strong>
            </li>
          );
        })}
      </ul>
    );
  }
  return null;
}
