/**
 * The file operations the embedded store's durability rests on, in one place: an append that is
 * either whole on disk or undone, a file replaced by write-then-rename, a directory entry made
 * durable. The operations on an open file go through `FileIo` so tests can inject a failing disk.
 */
import { closeSync, fsync, fsyncSync, ftruncate, openSync, rmSync, write } from 'node:fs';
import { promisify } from 'node:util';
import { open, rename } from 'node:fs/promises';
import path from 'node:path';

/**
 * The system calls an append makes, asynchronous so the event loop serves readers while the disk
 * syncs; a test replaces them to simulate a full or failing disk.
 */
export interface FileIo {
  write(fd: number, data: Buffer, offset: number): Promise<number>;
  fsync(fd: number): Promise<void>;
  truncate(fd: number, length: number): Promise<void>;
}

export const systemIo: FileIo = {
  write: (fd, data, offset) =>
    new Promise((resolve, reject) =>
      write(fd, data, offset, data.length - offset, null, (err, n) => (err ? reject(err) : resolve(n))),
    ),
  fsync: promisify(fsync),
  truncate: promisify(ftruncate),
};

export async function appendFully(fd: number, data: Buffer, io: FileIo = systemIo): Promise<void> {
  let offset = 0;
  while (offset < data.length) offset += await io.write(fd, data, offset);
}

/**
 * Replaces a file so that a crash leaves either the old or the new content, never a mix: write a
 * temporary file, fsync it, rename it over the target, fsync the directory. The content is written
 * from chunks produced one at a time with asynchronous writes, so a large file never exists as one
 * string and the event loop serves other work between chunks. `stillWanted` is asked between
 * chunks; when it says no, the temporary file is dropped and nothing replaced.
 */
export async function replaceFileInChunks(
  dir: string,
  name: string,
  chunks: Iterable<Buffer>,
  stillWanted: () => boolean = () => true,
): Promise<boolean> {
  const target = path.join(dir, name);
  const tmp = `${target}.tmp`;
  const handle = await open(tmp, 'w');
  let complete = false;
  try {
    for (const chunk of chunks) {
      if (!stillWanted()) break;
      await handle.write(chunk);
    }
    if (stillWanted()) {
      await handle.sync();
      complete = true;
    }
  } finally {
    await handle.close();
    if (!complete) rmSync(tmp, { force: true });
  }
  if (!stillWanted()) {
    rmSync(tmp, { force: true });
    return false;
  }
  await rename(tmp, target);
  await fsyncDirAsync(dir);
  return true;
}

/** Makes a directory's entries (a file created, renamed or removed) durable, off the event loop. */
export async function fsyncDirAsync(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
