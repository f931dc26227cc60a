import * as Y from 'yjs';
import { asBoolean, asString } from './values.ts';

/** Who shaped a suggested cluster: the engine's reading of the text, or the room's sorts. */
export type ClusterOrigin = 'engine' | 'room' | 'facilitator';

export type Cluster = {
  id: string;
  label: string;
  suggested: boolean;
  /** Optional: absent on clusters written before it was recorded (read as the engine's for suggestions). */
  origin?: ClusterOrigin;
};

const ORIGINS: readonly ClusterOrigin[] = ['engine', 'room', 'facilitator'];

export function createClusterMap(cluster: Cluster): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('id', cluster.id);
  map.set('label', cluster.label);
  map.set('suggested', cluster.suggested);
  if (cluster.origin) map.set('origin', cluster.origin);
  return map;
}

export function readCluster(value: unknown): Cluster | null {
  if (!(value instanceof Y.Map)) return null;
  const id = value.get('id');
  if (typeof id !== 'string') return null;
  const cluster: Cluster = { id, label: asString(value.get('label')), suggested: asBoolean(value.get('suggested')) };
  const origin = value.get('origin');
  if (ORIGINS.includes(origin as ClusterOrigin)) cluster.origin = origin as ClusterOrigin;
  return cluster;
}
