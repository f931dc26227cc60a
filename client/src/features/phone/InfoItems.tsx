/** The numbered points of an info step (say, the four societal reasons), readable at arm's length. */
export type InfoItem = { title: string; text?: string };

export function InfoItems({ items }: { items: InfoItem[] }) {
  return (
    <ol className="info-items" data-testid="info-items">
      {items.map((item, index) => (
        <li key={index} className="info-item">
          <h2 className="info-item-title">{item.title}</h2>
          {item.text && <p className="info-item-text">{item.text}</p>}
        </li>
      ))}
    </ol>
  );
}

/** Items ride along with the step once the server sends them; anything malformed is left out. */
export function stepItems(step: object): InfoItem[] {
  const items = (step as { items?: unknown }).items;
  if (!Array.isArray(items)) return [];
  return items.filter((i): i is InfoItem => typeof i === 'object' && i !== null && typeof (i as InfoItem).title === 'string');
}
