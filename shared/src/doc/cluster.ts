import * as Y from 'yjs';
import { asBoolean, asString } from './values.ts';

export type Cluster = { id: string; label: string; suggested: boolean };

export function createClusterMap(cluster: Cluster): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('id', cluster.id);
  map.set('label', cluster.label);
  map.set('suggested', cluster.suggested);
  return map;
}

export function readCluster(value: unknown): Cluster | null {
  if (!(value instanceof Y.Map)) return null;
  const id = value.get('id');
  if (typeof id !== 'string') return null;
  return { id, label: asString(value.get('label')), suggested: asBoolean(value.get('suggested')) };
}
