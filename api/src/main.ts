/** The API alone (the launcher in cli/platform.ts runs the API and the portal together). */
import { runEntryPoint } from './cli/entry-point.js';

runEntryPoint({
  name: 'api',
  kind: 'server',
  async main({ config, logger, openDatabase, onStop }) {
    // loaded once the configuration is known to be valid: a wrong value is reported without loading the whole API
    const { startApi } = await import('./server.js');
    const { orm } = await openDatabase({
      poolMax: config.databasePoolMax,
      replicaUrls: config.databaseReplicaUrls,
      migrate: config.migrateOnStart,
    });
    const api = await startApi(config, logger, orm);
    onStop(() => api.stop());
    logger.info({ url: `${api.url}/graphql` }, 'API ready');
  },
});
