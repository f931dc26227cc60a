export * from './text.ts';
export * from './schemas.ts';
export * from './apply.ts';
