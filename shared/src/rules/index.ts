// Rules the phone previews and the server enforces. Plain functions, no zod and no Yjs, so the
// phone's bundle can carry them.
export * from './text.ts';
export * from './explainNorm.ts';
export * from './percent.ts';
export * from './canvasOrder.ts';
export * from './timer.ts';
export * from './exportFile.ts';
