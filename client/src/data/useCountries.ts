import { useMemo } from 'react';
import { CountriesDocument } from '../__generated__/graphql.js';
import { useQuery } from '../api/useQuery.js';

/** Country names by ISO code; a code stands for itself until the names arrive. */
export function useCountryNames(): { names: ReadonlyMap<string, string>; name(code: string): string } {
  const { data } = useQuery(CountriesDocument, {});
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const n of data?.list.nodes ?? []) if (n.__typename === 'Country') names.set(n.code, n.name);
    return { names, name: (code: string) => names.get(code) ?? code };
  }, [data]);
}
