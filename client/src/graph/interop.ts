/**
 * graphology's algorithm packages are CommonJS (module.exports = the function) with types written
 * as ES modules: Vite hands over the function, the types promise `{ default }`. Take it either way.
 */
export function interop<T>(m: unknown): T {
  return (typeof m === 'function' ? m : (m as { default: T }).default) as T;
}
