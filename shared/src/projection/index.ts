export * from './types.ts';
export * from './project.ts';
