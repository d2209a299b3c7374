/// <reference types="vite/client" />

// `import('./module.js?lazy')`: the same module under its own id, kept out of the entry chunk.
declare module '*?lazy';
