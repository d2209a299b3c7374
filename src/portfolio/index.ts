/**
 * The one build pipeline, shared by the CLI (`roadfolio build`, `analyze`), the web app, the
 * benches and the tests. Pure: no files, clock, console or network.
 *
 *   prepare(sources)          sources → evidence (hidden entries removed once) → coverage
 *                             → roadmap projects tied to repos → the posting's terms
 *   build(prepared, options)  bullets → JSON Resume → layout → coverage of the built resume
 *                             → job report → portfolio model
 *
 * A face reads its inputs, calls the two in a row, then renders (src/pdf) and writes (src/store)
 * or shows what they return. The web app memoises each call, so typing a posting re-runs both,
 * while toggling the draft markers re-runs only build.
 */
export { prepare, type PortfolioSources, type Prepared } from './prepare.js';
export { build, type BuildOptions, type Built } from './build.js';
