import type { WorkshopSnapshot } from '@visiebord/shared/doc';
import type { WorkshopActions } from '../../state/workshopActions';
import { ConsoleCanvas } from './ConsoleCanvas';

/** The step the room is in: its text, the facilitator's own notes, and its canvases live. */
export function CurrentStep({ snapshot, actions }: { snapshot: WorkshopSnapshot; actions: WorkshopActions }) {
  const step = snapshot.steps.find((s) => s.id === snapshot.currentStepId);
  if (!step) return <section className="current-step">Deze workshop heeft geen huidige stap.</section>;
  const canvases = snapshot.canvases.filter((c) => step.canvasIds.includes(c.id));
  return (
    <section className="current-step" aria-labelledby="current-step-title">
      <p className="console-kicker">Nu op het scherm</p>
      <h2 id="current-step-title">{step.title}</h2>
      {step.body && <p className="step-body">{step.body}</p>}
      {step.facilitatorNotes && (
        <aside className="facilitator-notes">
          <strong>Voor jou als begeleider:</strong> {step.facilitatorNotes}
        </aside>
      )}
      {canvases.length > 0 && (
        <div className="console-canvases">
          {canvases.map((canvas) => (
            <ConsoleCanvas key={canvas.id} canvas={canvas} actions={actions} />
          ))}
        </div>
      )}
    </section>
  );
}
