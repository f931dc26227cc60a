export * from './types.ts';
export * from './model.ts';
export * from './format.ts';
export * from './markdown.ts';
export * from './csv.ts';
export * from './workshopFile.ts';
export * from './html.ts';
export * from './trajectoryFile.ts';
