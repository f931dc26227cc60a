export * from './roots.ts';
export * from './values.ts';
export * from './note.ts';
export * from './cluster.ts';
export * from './canvas.ts';
export * from './access.ts';
export * from './snapshot.ts';
export * from './mutations.ts';
