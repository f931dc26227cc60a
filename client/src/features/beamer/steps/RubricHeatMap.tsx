import type { StepOf } from '@visiebord/shared/script';
import { useStore } from 'zustand';
import type { WorkshopStore } from '../../../state/workshopStore';
import { heatColour, heatMapRows, highlights, type Highlight } from '../logic/rubricHeatMap';
import { useT } from '../../../i18n/useT';

/**
 * The rubric as a heat map: aspects down, the four phases across, each cell as dark as the share
 * of colleagues who chose it, the number always in the cell. The median phase gets a thick orange
 * frame (visible in greyscale too); strengths and points for attention are named below.
 */
export function RubricHeatMap({ step, store }: { step: StepOf<'rubric'>; store: WorkshopStore }) {
  const result = useStore(store, (s) => s.results?.rubrics.find((r) => r.stepId === step.id));
  const rows = heatMapRows(step, result);
  const { strengths, attention } = highlights(rows);
  const t = useT('beamer');
  const phaseName = (phase: number) => step.phaseNames[phase - 1] ?? t('rubric.phase', { phase });
  return (
    <section className="beamer-rubric" aria-label={t('rubric.label')}>
      <table className="beamer-heatmap" data-testid="beamer-heatmap">
        <caption className="visually-hidden">{t('rubric.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('rubric.aspect')}</span>
            </th>
            {step.phaseNames.map((name, i) => (
              <th key={name} scope="col">
                <span className="beamer-phase-number">{i + 1}</span> {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.aspectId} data-testid="beamer-heatmap-row" data-aspect={row.aspectId} data-median={row.median ?? ''}>
              <th scope="row">{row.title}</th>
              {row.cells.map((cell) => {
                const isMedian = row.median === cell.phase;
                const empty = step.aspects.find((a) => a.id === row.aspectId)?.phases[cell.phase - 1] === null && cell.count === 0;
                return (
                  <td
                    key={cell.phase}
                    className={`beamer-heat-cell ${isMedian ? 'median' : ''} ${empty ? 'empty' : ''}`}
                    style={empty ? undefined : heatColour(cell.share)}
                    data-testid="beamer-heat-cell"
                    data-count={cell.count}
                    aria-label={t(isMedian ? 'rubric.cellMedian' : 'rubric.cell', { aspect: row.title, phase: phaseName(cell.phase), count: cell.count })}
                  >
                    {empty ? '—' : cell.count}
                    {isMedian && <span className="beamer-median-tag">{t('rubric.median')}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="beamer-highlights" aria-live="polite">
        <HighlightList testId="beamer-strengths" title={t('rubric.strong')} items={strengths} phaseName={phaseName} empty={t('rubric.noStrong')} />
        <HighlightList testId="beamer-attention" title={t('rubric.attention')} items={attention} phaseName={phaseName} empty={t('rubric.noAttention')} />
      </div>
      <p className="beamer-respondents" data-testid="beamer-rubric-respondents">
        {t('rubric.respondents', { count: result?.respondents ?? 0 })}
      </p>
    </section>
  );
}

function HighlightList(props: { testId: string; title: string; items: Highlight[]; phaseName: (phase: number) => string; empty: string }) {
  const t = useT('beamer');
  return (
    <div className="beamer-highlight" data-testid={props.testId}>
      <h2>{props.title}</h2>
      {props.items.length === 0 ? (
        <p className="beamer-highlight-empty">{props.empty}</p>
      ) : (
        <ul>
          {props.items.map((h) => (
            <li key={`${h.aspectId}-${h.reason}`}>
              <strong>{h.title}</strong> — {h.reason === 'verdeeld' ? t('rubric.divided') : t('rubric.medianIs', { phase: props.phaseName(h.median) })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
