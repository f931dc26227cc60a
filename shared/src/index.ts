export * from './api/index.ts';
export * from './doc/index.ts';
export * from './intents/index.ts';
export * from './projection/index.ts';
export * from './protocol/index.ts';
export * from './script/index.ts';
