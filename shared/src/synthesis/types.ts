/** A sticky note as the engine sees it: an id and what the phone typed. */
export type SynthesisNote = { id: string; text: string };

/** One crowd sort: the piles one phone made of its handful, each pile a list of note ids. */
export type Sort = readonly (readonly string[])[];

export type SynthesisInput = {
  prompt: string;
  notes: readonly SynthesisNote[];
  /** Piles from crowd sorting (`sort.submit`); noisy and contradicting sorts are expected. */
  sorts?: readonly Sort[];
  /** Groups the facilitator already made (noteId → groupId); never undone. */
  groups?: Readonly<Record<string, string>>;
  /** The room's votes per note (a vote on a group shared among its notes); orders the draft. */
  votes?: Readonly<Record<string, number>>;
  /** The workshop's language, for the draft's sentences (`nl` when absent). */
  language?: 'nl' | 'en';
};

/** Who shaped a cluster: the facilitator's group, the room's sorts, or the engine's reading of the text. */
export type ClusterOrigin = 'facilitator' | 'room' | 'engine';

export type SynthesisCluster = {
  /** The facilitator's group id when the cluster grew from one, otherwise a stable `s-…` id. */
  id: string;
  /** Short readable Dutch label. */
  label: string;
  noteIds: string[];
  /** The notes that say best what the cluster is about, most typical first. */
  representativeIds: string[];
  /** Stems and concepts that carry the cluster, for labels and the explain scorer. */
  keywords: string[];
  /** Who shaped it (absent in results from before this was recorded). */
  origin?: ClusterOrigin;
};

export type StatementSentence = { text: string; noteIds: string[] };

export type DraftStatement = { text: string; sentences: StatementSentence[] };

export type SynthesisResult = { clusters: SynthesisCluster[]; statement: DraftStatement };
