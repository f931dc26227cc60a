import type { StepOf } from '@visiebord/shared/script';
import { useFitFontSize } from '../useFitFontSize';
import { useT } from '../../../i18n/useT';

/** An info or close step: the body and the titled paragraphs, as large as the wall allows. */
export function InfoText({ step }: { step: StepOf<'info'> | StepOf<'close'> }) {
  const items = step.items ?? [];
  const t = useT('beamer');
  const { ref } = useFitFontSize<HTMLDivElement>(`${step.id}|${step.body ?? ''}|${items.length}`, { min: 16, max: items.length > 0 ? 34 : 50 });
  if (!step.body && items.length === 0) return null;
  return (
    <div className="beamer-info" ref={ref} data-testid="beamer-info">
      {step.body && <p className="beamer-info-body">{step.body}</p>}
      {items.length > 0 && (
        <ul className={`beamer-info-items count-${Math.min(items.length, 4)}`}>
          {items.map((item, i) => (
            <li key={i} className="beamer-info-item" data-testid="beamer-info-item">
              {item.title && <h2>{item.title}</h2>}
              <p>{item.text}</p>
              {item.source && <p className="beamer-info-source">{t('source', { source: item.source })}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
