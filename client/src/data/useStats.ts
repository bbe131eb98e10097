import { StatsDocument, type StatsQuery } from '../__generated__/graphql.js';
import { useQuery, type QueryResult } from '../api/useQuery.js';

/** The date span and the counts of the whole graph. */
export function useStats(): QueryResult<StatsQuery> {
  return useQuery(StatsDocument, {});
}
