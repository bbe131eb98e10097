/**
 * The store the import and export commands work on: the configured one (server/config.ts), read
 * and written through the redacting store at the configured clearance, as the API would. The
 * embedded store lets one process at a time hold its data directory, so these commands cannot run
 * beside a server on the same DATA_DIR: the error says so.
 */
import { redactingStore } from '../access/redacting-store.js';
import type { Clearance } from '../access/clearance.js';
import { loadConfig, type Config } from '../config.js';
import { SENSITIVITIES } from '../domain/vocabulary.js';
import { openStore } from '../store/open-store.js';
import type { GraphStore } from '../store/port.js';

export async function openCliStore(
  clearance?: string,
): Promise<{ store: GraphStore; config: Config; close(): Promise<void> }> {
  const config = loadConfig();
  const level = (clearance ?? config.clearance) as Clearance;
  if (!(SENSITIVITIES as readonly string[]).includes(level)) {
    throw new CliError(`--clearance must be one of ${SENSITIVITIES.join(', ')}`);
  }
  let inner: GraphStore;
  try {
    inner = await openStore(config);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/in use by process/.test(message)) {
      throw new CliError(
        `${message}\nIs the server running on this data directory? Stop it first (the embedded store cannot be ` +
          'shared), or run this command against a copy of the data directory via DATA_DIR.',
      );
    }
    throw e;
  }
  return { store: redactingStore(inner, level), config, close: () => inner.close() };
}

/** An error the commands print as it is, without a stack. */
export class CliError extends Error {}
