import type { Viewer } from './viewer.js';

/** The part of a request's context that authorisation reads. */
export interface AuthContext {
  /** Who is asking: null for the public (no credentials). */
  readonly viewer: Viewer | null;
}
