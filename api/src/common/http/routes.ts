import type { IncomingMessage, ServerResponse } from 'node:http';

/** Plain HTTP endpoints beside /graphql (exports, feeds), keyed by exact path; GET and HEAD only. */
export type HttpRoutes = Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>;
