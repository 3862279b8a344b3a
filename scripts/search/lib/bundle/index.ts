export { preparePagefindRuntime, FORMAT_VERSION } from './runtime.ts';
export { runBundle, type BundleJob } from './run-bundle.ts';
export { writeBundle, type BundleOptions } from './write-bundle.ts';
