/** Errors that stop the embedded store rather than let it guess: each names the file at fault. */

/** A line of a journal or snapshot cannot be trusted; nothing has been changed on disk. */
export class StoreDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly lineNo: number,
    readonly offset: number,
    readonly reason: string,
  ) {
    super(
      `${file} is damaged at line ${lineNo} (byte offset ${offset}): ${reason}. The store did not start and ` +
        `changed nothing. Run \`npm run store:check\` to see every problem, and \`npm run store:repair\` to keep a ` +
        `backup and salvage every valid entry.`,
    );
    this.name = 'StoreDamagedError';
  }
}

/** Entries are missing between a snapshot and the journal (a file was lost or is unreadable). */
export class StoreGapError extends Error {
  constructor(
    readonly dir: string,
    readonly expectedSeq: number,
    readonly foundSeq: number | undefined,
  ) {
    super(
      `${dir}: journal entry ${expectedSeq} is missing (next found: ${foundSeq ?? 'none'}), so the history cannot ` +
        `be replayed completely. The store did not start and changed nothing. Run \`npm run store:check\`.`,
    );
    this.name = 'StoreGapError';
  }
}

/** A journal entry that reads whole no longer applies on replay (its files were changed by hand?). */
export class StoreReplayError extends Error {
  constructor(
    readonly dir: string,
    readonly seq: number,
    reason: unknown,
  ) {
    super(
      `${dir}: journal entry ${seq} does not apply on replay (${(reason as Error)?.message ?? String(reason)}). ` +
        `The store did not start and changed nothing. Run \`npm run store:check\`, then \`npm run store:repair\` ` +
        `(it keeps a backup and names every entry it cannot keep).`,
    );
    this.name = 'StoreReplayError';
  }
}

/** A write could not be made durable: nothing was acknowledged and nothing applied. */
export class StoreWriteError extends Error {
  readonly code = 'STORE_WRITE_FAILED';
  constructor(cause: unknown) {
    super(`the change could not be saved to disk (${(cause as Error)?.message ?? String(cause)}); nothing changed`);
    this.name = 'StoreWriteError';
    this.cause = cause;
  }
}
