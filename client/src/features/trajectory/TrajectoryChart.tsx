import { useId } from 'react';
import { percentText, type Trajectory } from '@visiebord/shared/trajectory';
import '../../i18n/sources/trajectory';
import { useT } from '../../i18n/useT';
import { PANEL, panelGeometry, sessionLabels } from './chartGeometry';
import { summaryLine } from './summaryText';
import './trajectory.css';

/**
 * The trajectory at a glance: per rubric aspect where the school stood at each session (circles
 * sized by how many chose each phase, a line through the median), and the explain score against
 * the norm. Big type and plain shapes so it reads on a beamer; each chart has a text alternative.
 */
export function TrajectoryChart({ trajectory, large = false }: { trajectory: Trajectory; large?: boolean }) {
  const t = useT('trajectory');
  const summary = trajectory.facts.map((fact) => summaryLine(fact, t));
  const withRubric = trajectory.sessions.flatMap((s, i) => (s.rubric ? [i] : []));
  return (
    <div className={`trajectory-chart${large ? ' large' : ''}`} data-testid="trajectory-chart">
      <ul className="trajectory-summary" data-testid="trajectory-summary">
        {summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="trajectory-panels">
        {trajectory.aspects.map((aspect) => (
          <AspectPanel key={aspect.id} trajectory={trajectory} aspectId={aspect.id} title={aspect.title} sessionIndexes={withRubric} />
        ))}
        <ExplainPanel trajectory={trajectory} />
      </div>
    </div>
  );
}

function AspectPanel({ trajectory, aspectId, title, sessionIndexes }: { trajectory: Trajectory; aspectId: string; title: string; sessionIndexes: number[] }) {
  const t = useT('trajectory');
  const id = useId();
  const geometry = panelGeometry(trajectory, aspectId, sessionIndexes);
  const labels = sessionLabels(trajectory, t);
  const description = sessionIndexes
    .map((i) => {
      const figure = trajectory.sessions[i]?.rubric?.[aspectId];
      return t('aspectDescription', { session: labels[i]?.name, median: figure?.median ?? '–', spread: figure?.spread.join(', ') });
    })
    .join('; ');
  return (
    <figure className="trajectory-panel" data-testid="trajectory-aspect" data-aspect={aspectId}>
      <svg viewBox={`0 0 ${PANEL.width} ${PANEL.height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {geometry.rows.map((y, p) => (
          <g key={p}>
            <line x1={PANEL.left - 8} x2={PANEL.width - PANEL.right} y1={y} y2={y} className="grid" />
            <text x={PANEL.left - 14} y={y} className="axis phase" textAnchor="end" dominantBaseline="middle">
              {p + 1} {trajectory.phaseNames[p]}
            </text>
          </g>
        ))}
        {geometry.medianLine.length > 1 && <polyline points={geometry.medianLine.map((p) => `${p.x},${p.y}`).join(' ')} className="median-line" />}
        {geometry.bubbles.flat().map((b) =>
          b.r === 0 ? null : (
            <g key={`${b.x}-${b.phase}`}>
              <circle cx={b.x} cy={b.y} r={b.r} className={b.isMedian ? 'bubble median' : 'bubble'} />
              <text x={b.x + b.r + 4} y={b.y} className="count" dominantBaseline="middle">
                {b.count}
              </text>
            </g>
          ),
        )}
        {sessionIndexes.map((i, col) => (
          <text key={i} x={geometry.columns[col]} y={PANEL.height - 26} className="axis session" textAnchor="middle">
            <tspan x={geometry.columns[col]}>{labels[i]?.name}</tspan>
            <tspan x={geometry.columns[col]} dy="16" className="date">
              {labels[i]?.date}
            </tspan>
          </text>
        ))}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}

function ExplainPanel({ trajectory }: { trajectory: Trajectory }) {
  const t = useT('trajectory');
  const id = useId();
  const labels = sessionLabels(trajectory, t);
  const rows = trajectory.sessions.flatMap((s, i) => (s.explain && s.explain.submitted > 0 ? [{ s, label: labels[i], explain: s.explain }] : []));
  if (rows.length === 0) return null;
  const norm = rows.at(-1)?.explain.norm ?? 80;
  const left = 120;
  const width = PANEL.width - left - PANEL.right;
  const rowHeight = 44;
  const height = PANEL.top + rows.length * rowHeight + 30;
  const normX = left + (width * norm) / 100;
  return (
    <figure className="trajectory-panel" data-testid="trajectory-explain">
      <svg viewBox={`0 0 ${PANEL.width} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{t('explainTitle')}</title>
        <desc id={`${id}-d`}>
          {rows.map((r) => `${r.label?.name}: ${percentText(r.explain.share)}`).join('; ')}. {t('norm', { norm })}
        </desc>
        {rows.map((r, i) => {
          const y = PANEL.top + i * rowHeight;
          return (
            <g key={r.s.id}>
              <text x={left - 14} y={y + 14} className="axis session" textAnchor="end" dominantBaseline="middle">
                {r.label?.name}
              </text>
              <rect x={left} y={y} width={width} height={28} className="bar-track" />
              <rect x={left} y={y} width={width * Math.min(1, r.explain.share)} height={28} className={r.explain.meetsNorm ? 'bar met' : 'bar'} />
              <text x={left + 8} y={y + 14} className="bar-label" dominantBaseline="middle">
                {percentText(r.explain.share)} ({r.explain.explaining}/{r.explain.participants})
              </text>
            </g>
          );
        })}
        <line x1={normX} x2={normX} y1={PANEL.top - 8} y2={PANEL.top + rows.length * rowHeight} className="norm-line" />
        <text x={normX} y={PANEL.top + rows.length * rowHeight + 18} className="axis norm" textAnchor="middle">
          {t('norm', { norm })}
        </text>
      </svg>
      <figcaption>{t('explainTitle')}</figcaption>
    </figure>
  );
}
