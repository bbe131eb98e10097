/**
 * A sortable, filterable table: column headers are buttons that sort (aria-sort says how), a text
 * field narrows the rows, and each row can be selected from the keyboard.
 */
import { useMemo, useState, type ReactNode } from 'react';

export interface Column<R> {
  key: string;
  title: string;
  /** The value sorted and filtered on. */
  value(row: R): string | number | null;
  render?(row: R): ReactNode;
  numeric?: boolean;
}

export interface DataTableProps<R> {
  caption: string;
  rows: readonly R[];
  columns: readonly Column<R>[];
  rowId(row: R): string;
  rowAttributes?(row: R): Record<string, string | undefined>;
  rowClass?(row: R): string;
  onActivate(row: R): void;
  testId: string;
  empty: ReactNode;
}

export function DataTable<R>({
  caption,
  rows,
  columns,
  rowId,
  rowAttributes,
  rowClass,
  onActivate,
  testId,
  empty,
}: DataTableProps<R>) {
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 }>({ key: columns[0]!.key, dir: 1 });
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    const filtered = q
      ? rows.filter((r) =>
          columns.some((c) =>
            String(c.value(r) ?? '')
              .toLowerCase()
              .includes(q),
          ),
        )
      : [...rows];
    const col = columns.find((c) => c.key === sort.key) ?? columns[0]!;
    return filtered.sort((x, y) => {
      const a = col.value(x);
      const b = col.value(y);
      if (a === b) return 0;
      if (a === null || a === '') return 1;
      if (b === null || b === '') return -1;
      return (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))) * sort.dir;
    });
  }, [rows, columns, sort, query]);

  return (
    <div className="data-table" data-testid={testId}>
      <div className="table-tools">
        <label>
          <span className="visually-hidden">Filter {caption.toLowerCase()}</span>
          <input
            type="search"
            placeholder={`Filter ${caption.toLowerCase()}…`}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            data-testid={`${testId}-filter`}
          />
        </label>
        <span className="muted" aria-live="polite">
          {shown.length === rows.length ? `${rows.length} rows` : `${shown.length} of ${rows.length} rows`}
        </span>
      </div>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const active = sort.key === c.key;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
                    className={c.numeric ? 'numeric' : undefined}
                  >
                    <button
                      type="button"
                      onClick={() => setSort({ key: c.key, dir: active ? (-sort.dir as 1 | -1) : 1 })}
                    >
                      {c.title}
                      <span className="sort-mark" aria-hidden="true">
                        {active ? (sort.dir === 1 ? '▲' : '▼') : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr
                key={rowId(r)}
                data-id={rowId(r)}
                data-testid="table-row"
                className={rowClass?.(r)}
                {...rowAttributes?.(r)}
                onClick={() => onActivate(r)}
              >
                {columns.map((c, i) =>
                  i === 0 ? (
                    <th key={c.key} scope="row">
                      <button
                        type="button"
                        className="row-select"
                        onClick={(e) => (e.stopPropagation(), onActivate(r))}
                      >
                        {c.render ? c.render(r) : c.value(r)}
                      </button>
                    </th>
                  ) : (
                    <td key={c.key} className={c.numeric ? 'numeric' : undefined}>
                      {c.render ? c.render(r) : c.value(r)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {!shown.length && <div className="table-empty">{rows.length ? 'No rows match the filter.' : empty}</div>}
      </div>
    </div>
  );
}
