import type { PhoneStep } from '@visiebord/shared/projection';

export type InfoItem = NonNullable<PhoneStep['items']>[number];

/** The numbered points of an info step (say, the four societal reasons), readable at arm's length. */
export function InfoItems({ items }: { items: InfoItem[] }) {
  return (
    <ol className="info-items" data-testid="info-items">
      {items.map((item, index) => (
        <li key={index} className="info-item">
          {item.title && <h2 className="info-item-title">{item.title}</h2>}
          <p className="info-item-text">{item.text}</p>
          {item.source && <p className="info-item-source">({item.source})</p>}
        </li>
      ))}
    </ol>
  );
}

export const stepItems = (step: PhoneStep): InfoItem[] => step.items ?? [];
