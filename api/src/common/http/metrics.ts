/**
 * Prometheus metrics at /metrics: requests by path and status class, latency histogram, GraphQL errors by code,
 * the database pool (in use, idle, waiting) and Node's own process metrics. Labels stay bounded: no operation names
 * (third parties choose them), no ids.
 */
import type { Knex } from '@mikro-orm/postgresql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  observeRequest(path: string, status: number, seconds: number): void;
  countError(code: string): void;
  /** An answer of the response cache: served from it (hit) or computed (miss). */
  countCache(outcome: 'hit' | 'miss'): void;
}

const KNOWN_PATHS = new Set(['/graphql', '/healthz', '/readyz', '/metrics', '/uploads/verification-evidence']);

export function createMetrics(knex: Knex): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'shabaka_' });
  const requests = new Counter({
    name: 'shabaka_http_requests_total',
    help: 'HTTP requests by path and status class.',
    labelNames: ['path', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'shabaka_http_request_duration_seconds',
    help: 'HTTP request duration by path.',
    labelNames: ['path'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'shabaka_graphql_errors_total',
    help: 'GraphQL errors returned, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const cache = new Counter({
    name: 'shabaka_response_cache_total',
    help: 'Anonymous queries looked up in the response cache, by outcome (hit or miss).',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const pool = (knex.client as { pool?: { numUsed(): number; numFree(): number; numPendingAcquires(): number } }).pool;
  new Gauge({
    name: 'shabaka_db_pool_connections',
    help: 'Connections of the API database pool by state.',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const current = (knex.client as { pool?: typeof pool }).pool ?? pool;
      if (!current) return;
      this.set({ state: 'used' }, current.numUsed());
      this.set({ state: 'idle' }, current.numFree());
      this.set({ state: 'waiting' }, current.numPendingAcquires());
    },
  });
  return {
    registry,
    observeRequest(path, status, seconds) {
      const label = KNOWN_PATHS.has(path)
        ? path
        : path.startsWith('/exports/')
          ? '/exports'
          : path.startsWith('/uploads/')
            ? '/uploads'
            : 'other';
      requests.inc({ path: label, status: `${Math.floor(status / 100)}xx` });
      latency.observe({ path: label }, seconds);
    },
    countError(code) {
      errors.inc({ code });
    },
    countCache(outcome) {
      cache.inc({ outcome });
    },
  };
}
