import { useState } from 'react';
import { ApiError } from '../../../lib/api';
import { postSynthesis } from '../../../lib/api';

/**
 * "Maak een voorstel": the engine groups the notes and drafts the vision. The groups arrive on the
 * board as suggestions (dashed, "voorstel"); nothing the facilitator grouped or wrote is undone.
 */
export function SynthesisButton({ workshopId, facilitatorKey, canvasIds }: { workshopId: string; facilitatorKey: string; canvasIds: readonly string[] }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const run = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const answer = await postSynthesis(workshopId, facilitatorKey, canvasIds);
      const groups = answer.canvases.reduce((sum, c) => sum + c.clusters.length, 0);
      setMessage({ text: `Voorstel klaar: ${groups} ${groups === 1 ? 'groep' : 'groepen'}. Neem ze over, geef ze een naam of voeg ze samen.`, error: false });
    } catch (e) {
      setMessage({ text: e instanceof ApiError ? e.message : 'Het voorstel kon niet worden gemaakt. Probeer het opnieuw.', error: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="synthesis-run">
      <button type="button" className="button" onClick={run} disabled={busy} aria-busy={busy} data-testid="synthesis-run">
        {busy ? 'Voorstel maken…' : 'Maak een voorstel'}
      </button>
      <p className={message?.error ? 'error-text' : 'hint'} role={message?.error ? 'alert' : 'status'} data-testid="synthesis-message">
        {message?.text ?? (busy ? 'De notities worden gegroepeerd…' : '')}
      </p>
    </div>
  );
}
