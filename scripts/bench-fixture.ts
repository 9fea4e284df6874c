/**
 * Bundled by the benchmarks (esbuild) so their seeded data is made by the app's own
 * domain code: the example study, a guide as a preparation builds it, the summary the
 * data layer keeps.
 */
export { exampleStudy } from '../shared/example/study';
export { buildGuide } from '../shared/preparation/guide';
export { emptyPreparation } from '../shared/preparation/schema';
export { guideSnapshotSchema } from '../shared/interview/interview';
export { factsOf, summarize } from '../shared/reflection/interview-summary';
