export * from './roadmap.js';
export * from './evidence.js';
export * from './keyword-set.js';
export * from './coverage.js';
export * from './resume.js';
export * from './github.js';
export * from './bullet.js';
