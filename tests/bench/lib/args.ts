/** Command-line arguments of the benchmarks: --store embedded|neo4j|both, --size seed|S|M|L, --rounds N. */
import { SIZES, type SizeName } from '../synthetic-world.js';

export type StoreName = 'embedded' | 'neo4j';

export interface BenchArgs {
  stores: StoreName[];
  size: SizeName | 'seed';
  rounds: number;
  /** Seconds of each load phase (throughput, cheap queries under analysis load). */
  loadSeconds: number;
}

export function parseArgs(argv: string[]): BenchArgs {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i === -1 ? undefined : argv[i + 1];
  };
  const store = value('store') ?? 'embedded';
  if (!['embedded', 'neo4j', 'both'].includes(store)) throw new Error(`--store ${store}: embedded, neo4j or both`);
  const size = value('size') ?? 'M';
  if (size !== 'seed' && !(size in SIZES)) throw new Error(`--size ${size}: seed, S, M or L`);
  return {
    stores: store === 'both' ? ['embedded', 'neo4j'] : [store as StoreName],
    size: size as SizeName | 'seed',
    rounds: Number(value('rounds') ?? process.env.BENCH_ROUNDS ?? 20),
    loadSeconds: Number(value('seconds') ?? 10),
  };
}
