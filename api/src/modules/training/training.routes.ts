/**
 * GET /exports/training-sessions/<session uuid>/registrants.csv: a session's registrants with their accommodations
 * and status, streamed as CSV (every cell through the common writer, formulas neutralised), for officers only:
 * anyone else signed in is refused 403, an anonymous caller 401, an officer asking for an unknown session 404.
 */
import { once } from 'node:events';
import { isOfficer } from '../../common/auth/viewer.js';
import { csvDocument } from '../../common/csv/csv-writer.js';
import { sendProblem, type HttpRoute } from '../../common/http/routes.js';
import { isUuid } from '../../common/relay/global-id.js';
import { TrainingSessionEntity } from './training.entities.js';
import { REGISTRANT_CSV_HEADER, TrainingSessionRepository } from './training-session.repository.js';

export const registrantsCsvRoute: HttpRoute = {
  methods: ['GET', 'HEAD'],
  path: /^\/exports\/training-sessions\/([0-9a-f-]{36})\/registrants\.csv$/,
  describe: '/exports/training-sessions/<session uuid>/registrants.csv',
  authenticate: true,
  async handle({ req, res, params, viewer, em, signal }) {
    if (!viewer) return sendProblem(res, 401, 'UNAUTHENTICATED', 'Sign in first');
    if (!isOfficer(viewer)) return sendProblem(res, 403, 'FORBIDDEN', 'You are not allowed to do this');
    const sessionId = params[0]!;
    const session = isUuid(sessionId) ? await em.findOne(TrainingSessionEntity, { id: sessionId }) : null;
    if (!session) return sendProblem(res, 404, 'NOT_FOUND', 'Training session not found');
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="registrants-${sessionId}.csv"`,
      // personal data: never kept by a shared cache
      'cache-control': 'private, no-store',
    });
    if (req.method === 'HEAD') return void res.end();
    const chunks = csvDocument(REGISTRANT_CSV_HEADER, new TrainingSessionRepository(em).registrantRecords(sessionId));
    for await (const chunk of chunks) {
      if (signal.aborted) return void res.destroy();
      if (!res.write(chunk)) {
        try {
          await once(res, 'drain', { signal });
        } catch {
          return void res.destroy();
        }
      }
    }
    res.end();
  },
};
