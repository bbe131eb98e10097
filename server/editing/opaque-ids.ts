/**
 * Ids of cases above PUBLIC. Ids are usually slugs of names, so anyone who can guess a name can
 * test whether its id is taken (an import dry run, a `-2` on a new record's id). A case that some
 * readers may not see therefore gets an id made of random characters that says nothing about it.
 */
import { randomBytes } from 'node:crypto';
import { SENSITIVITIES } from '../domain/vocabulary.js';
import type { NodeKindValue } from '../store/port.js';
import type { Input } from './records.js';

export const OPAQUE_CASE_ID = /^case-[0-9a-z]{20}$/;

export const OPAQUE_ID_REQUIRED =
  'a case above PUBLIC gets an opaque id from the server (one that says nothing of its name): leave id empty';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

export function opaqueCaseId(): string {
  const bytes = randomBytes(20);
  return `case-${Array.from(bytes, (b) => ALPHABET[b % 36]).join('')}`;
}

/** Whether a new record of this kind and input must have an opaque id. */
export function needsOpaqueId(kind: NodeKindValue, raw: Input): boolean {
  return (
    kind === 'JOINT_CASE' &&
    typeof raw.sensitivity === 'string' &&
    raw.sensitivity !== 'PUBLIC' &&
    (SENSITIVITIES as readonly string[]).includes(raw.sensitivity)
  );
}
