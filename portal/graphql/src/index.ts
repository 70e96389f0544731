export * from './generated/index.js';
export type * from './generated/graphql.js';
export {
  ApiError,
  ApiUnavailableError,
  createExecutor,
  type ApiErrorEntry,
  type Execute,
  type ExecutorOptions,
} from './execute.js';
export { createApiFiles, type ApiFiles, type ApiFilesOptions } from './files.js';
