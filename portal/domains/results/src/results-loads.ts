/**
 * Loads of the public results dashboard and of the officers' records behind a figure. The API computes and
 * suppresses the figures; these only shape them for the pages (chart geometry, progress) and turn refusals into
 * sign-in or 403.
 */
import { ApiError, ApiUnavailableError, type Execute } from '@shabaka/graphql';
import { currentViewer, isOfficer, refused, requireViewer, type ViewerLocals } from '@shabaka/ui/viewer';
import { barChart, progressPercent } from './chart.js';
import { ResultsDashboardQuery, ResultsIndicatorRecordsQuery } from './graphql/results.js';

export interface ResultsEvent {
  locals: { api: Execute; apiPublicUrl?: string } & ViewerLocals;
  url: URL;
  params: Record<string, string>;
}

const RECORDS_PAGE_SIZE = 50;

/** The public dashboard: every indicator with its progress, its chart over quarters and its CSV. */
export async function loadDashboard(event: ResultsEvent) {
  const api = (event.locals.apiPublicUrl ?? 'http://localhost:4000').replace(/\/+$/, '');
  const viewer = await currentViewer(event);
  try {
    const { resultsIndicators } = await event.locals.api(ResultsDashboardQuery, {});
    return {
      state: 'ready' as const,
      officer: viewer !== null && isOfficer(viewer),
      csvAll: `${api}/exports/results/indicators.csv`,
      indicators: resultsIndicators.map((indicator) => ({
        ...indicator,
        // a suppressed actual (1 to 4) shows an empty bar and "fewer than 5" in words, never its value
        progress: progressPercent(
          indicator.actual.suppressed ? 0 : (indicator.actual.value ?? null),
          indicator.target ?? null,
        ),
        chart: barChart(indicator.quarters.map((q) => ({ label: q.quarter, value: q.count.value ?? null }))),
        csv: `${api}/exports/results/indicators.csv?indicator=${encodeURIComponent(indicator.code)}`,
      })),
    };
  } catch (failure) {
    if (failure instanceof ApiUnavailableError) return { state: 'unavailable' as const };
    throw failure;
  }
}
export type DashboardData = Awaited<ReturnType<typeof loadDashboard>>;

/** The records an indicator counts (officers), optionally of one quarter, page by page. */
export async function loadIndicatorRecords(event: ResultsEvent) {
  await requireViewer(event);
  const code = event.params.code ?? '';
  const quarter = event.url.searchParams.get('quarter');
  const after = event.url.searchParams.get('after');
  try {
    const answer = await event.locals.api(ResultsIndicatorRecordsQuery, {
      code,
      quarter: quarter && /^[0-9]{4}-Q[1-4]$/.test(quarter) ? quarter : null,
      first: RECORDS_PAGE_SIZE,
      after,
    });
    const indicator = answer.resultsIndicators.find((i) => i.code === code);
    return {
      code,
      name: indicator?.name ?? { ar: code, en: code },
      quarter: quarter && /^[0-9]{4}-Q[1-4]$/.test(quarter) ? quarter : null,
      records: answer.resultsIndicatorRecords,
    };
  } catch (failure) {
    // an unknown code is a page that does not exist
    const notFound = failure instanceof ApiError && failure.code === 'BAD_USER_INPUT';
    refused(event, notFound ? new ApiError([{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }]) : failure);
  }
}
export type IndicatorRecordsData = Awaited<ReturnType<typeof loadIndicatorRecords>>;
