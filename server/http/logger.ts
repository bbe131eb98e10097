/** A minimal leveled logger: structured enough for a server log, quiet in tests. */
export interface Logger {
  info(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

export function createLogger(level: 'silent' | 'error' | 'info'): Logger {
  const write = (lvl: string, message: string, detail?: unknown) => {
    const extra =
      detail instanceof Error
        ? ` ${detail.stack ?? detail.message}`
        : detail === undefined
          ? ''
          : ` ${JSON.stringify(detail)}`;
    console.error(`${new Date().toISOString()} ${lvl} ${message}${extra}`);
  };
  return {
    info: (m, d) => {
      if (level === 'info') write('info', m, d);
    },
    error: (m, d) => {
      if (level !== 'silent') write('error', m, d);
    },
  };
}
