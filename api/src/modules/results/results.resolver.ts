import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { isOfficer } from '../../common/auth/viewer.js';
import { BadUserInputError } from '../../common/errors/api-errors.js';
import { pageInfoOf } from '../../common/pagination/connection.type.js';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor.js';
import { PaginationArgs, pageRequest } from '../../common/pagination/pagination.args.js';
import { toGlobalId } from '../../common/relay/global-id.js';
import { parseTimestamp } from '../../database/sql.js';
import type { GraphQLContext } from '../../context.js';
import { QUARTER_PATTERN } from './quarters.js';
import { ResultsRepository, type RecordRow } from './results.repository.js';
import { indicatorByCode, resultsIndicators } from './results.service.js';
import { ResultsIndicator, ResultsIndicatorRecord, ResultsIndicatorRecordConnection } from './results.type.js';

const cursorKind = (code: string) => `results-records:${code}`;

function cursorValues(argument: string, cursor: string | undefined, code: string): string[] | undefined {
  if (cursor === undefined) return undefined;
  const { v } = decodeCursor(argument, cursor, cursorKind(code)) as { v?: unknown };
  if (!Array.isArray(v) || v.length !== 3 || !v.every((x) => typeof x === 'string')) {
    throw new BadUserInputError(argument, 'is not a cursor returned by this API');
  }
  return v;
}

@Resolver()
export class ResultsResolver {
  @Query(() => [ResultsIndicator], {
    description:
      "The programme's indicators with their targets, actuals per quarter (Asia/Amman) and breakdowns, computed from the platform's records; counts of 1 to 4 are suppressed, with secondary suppression so that none can be worked out from the running totals, the actual or the breakdowns (public).",
  })
  async resultsIndicators(@Ctx() ctx: GraphQLContext): Promise<ResultsIndicator[]> {
    return resultsIndicators(ctx.em);
  }

  @Authorized('PROGRAMME_OFFICER', 'MOSD_OFFICIAL', 'ADMINISTRATOR')
  @Query(() => ResultsIndicatorRecordConnection, {
    description:
      'The records an indicator counts, each once, oldest first: the figure traced to its sources (officers).',
  })
  async resultsIndicatorRecords(
    @Arg('code', () => String, { description: 'The indicator (ResultsIndicator.code).' }) code: string,
    @Arg('quarter', () => String, {
      nullable: true,
      description: 'Only the records first counted in this quarter (2026-Q4).',
    })
    quarter: string | null,
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ResultsIndicatorRecordConnection> {
    const indicator = indicatorByCode(code);
    if (!indicator) throw new BadUserInputError('code', 'is not the code of an indicator');
    if (quarter != null && !QUARTER_PATTERN.test(quarter))
      throw new BadUserInputError('quarter', 'is not a quarter such as 2026-Q4');
    const page = pageRequest(pagination);
    const backward = page.direction === 'backward';
    const { rows, total } = await new ResultsRepository(ctx.em).records(indicator, {
      quarter: quarter ?? undefined,
      after: cursorValues('after', page.after, code),
      before: cursorValues('before', page.before, code),
      backward,
      limit: page.size + 1,
    });
    const more = rows.length > page.size;
    const kept = backward ? rows.slice(rows.length - Math.min(rows.length, page.size)) : rows.slice(0, page.size);
    const edges = kept.map((row) => ({
      cursor: encodeCursor(cursorKind(code), { v: [row.at, row.record_type, row.record_id] }),
      node: toIndicatorRecord(code, row),
    }));
    return Object.assign(new ResultsIndicatorRecordConnection(), {
      edges,
      pageInfo: pageInfoOf(edges, page, more),
      totalCount: total,
    });
  }
}

/** A counted record as the contract shows it; its own global id keys the indicator, the record's type and its id. */
export function toIndicatorRecord(code: string, row: RecordRow): ResultsIndicatorRecord {
  return Object.assign(new ResultsIndicatorRecord(), {
    id: toGlobalId('ResultsIndicatorRecord', [code, row.record_type, row.record_id].join('~')),
    recordId: toGlobalId(row.record_type, row.record_id),
    recordType: row.record_type,
    label: { ar: row.label_ar, en: row.label_en },
    countedAt: parseTimestamp(row.at),
    quarter: row.quarter,
  });
}

/** node(id) of a counted record: for officers, and only while the indicator still counts it. */
export async function indicatorRecordByKey(ctx: GraphQLContext, key: string): Promise<ResultsIndicatorRecord | null> {
  if (!ctx.viewer || !isOfficer(ctx.viewer)) return null;
  const [code, type, id] = key.split('~');
  const indicator = code ? indicatorByCode(code) : undefined;
  if (!indicator || !type || !id) return null;
  const { rows } = await new ResultsRepository(ctx.em).records(indicator, {
    record: { type, id },
    backward: false,
    limit: 1,
  });
  return rows[0] ? toIndicatorRecord(code!, rows[0]) : null;
}
