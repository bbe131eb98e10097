/**
 * Orders that never depend on the locale or on the order a store reads its records in: ids are
 * compared by UTF-16 code units, as JavaScript's `<` does, so every store and every process sorts alike.
 */
export const byCodeUnits = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

export const byId = (x: { id: string }, y: { id: string }): number => byCodeUnits(x.id, y.id);
