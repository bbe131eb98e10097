/**
 * The generated resolver types import domain records (as mappers), so nothing they import may
 * import them back: the domain takes its enums from the generated enums module instead. Follows
 * every relative import (type-only ones too) from the resolver types and fails on a way back.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RESOLVER_TYPES = 'server/__generated__/graphql.ts';

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+'(\.{1,2}\/[^']+)'/g)) {
    const target = path.join(path.dirname(file), m[1]!.replace(/\.js$/, '.ts'));
    for (const candidate of [target, `${target}x`, target.replace(/\.ts$/, '/index.ts')])
      if (existsSync(path.join(ROOT, candidate))) {
        found.push(candidate);
        break;
      }
  }
  return found;
}

/** A chain of imports from the resolver types back to them, or null. */
function cycleThroughResolverTypes(): string[] | null {
  const cameFrom = new Map<string, string | null>([[RESOLVER_TYPES, null]]);
  const queue = [RESOLVER_TYPES];
  while (queue.length) {
    const file = queue.shift()!;
    for (const next of importsOf(file)) {
      if (next === RESOLVER_TYPES) {
        const chain = [RESOLVER_TYPES];
        for (let f: string | null = file; f; f = cameFrom.get(f) ?? null) chain.unshift(f);
        return chain;
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

describe('module layers', () => {
  it('nothing the generated resolver types import imports them back', () => {
    expect(cycleThroughResolverTypes()).toBeNull();
  });

  it('the domain takes its enums from the generated enums module', () => {
    expect(importsOf('server/domain/vocabulary.ts')).toContain('server/__generated__/enums.ts');
    expect(importsOf('server/domain/audit.ts')).toContain('server/__generated__/enums.ts');
  });
});
