// Two groups with the same name are one group too many to a facilitator: the bigger one keeps the
// name, the next is told apart by a word of its own, or else by its most typical note.
import { shortenText } from './label.ts';
import type { SynthesisCluster } from './types.ts';

const fold = (text: string): string => text.toLocaleLowerCase('nl').trim();

/** Labels made distinct, biggest cluster first (the order `synthesize` returns them in). */
export function distinctLabels(clusters: readonly SynthesisCluster[], textOf: ReadonlyMap<string, string>): SynthesisCluster[] {
  const used = new Set<string>();
  return clusters.map((cluster) => {
    let label = cluster.label;
    if (used.has(fold(label))) {
      const own = cluster.keywords.find((k) => k.length > 2 && !fold(cluster.label).includes(fold(k)) && !used.has(fold(`${cluster.label}: ${k}`)));
      const typical = shortenText(textOf.get(cluster.representativeIds[0] ?? '') ?? '');
      if (own) label = `${cluster.label}: ${fold(own)}`;
      else if (typical && !used.has(fold(typical))) label = typical;
      for (let n = 2; used.has(fold(label)); n++) label = `${cluster.label} (${n})`;
    }
    used.add(fold(label));
    return label === cluster.label ? cluster : { ...cluster, label };
  });
}
