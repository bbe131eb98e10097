/**
 * Saved views: validation, versioning and redaction over the store's side area (account-port.ts).
 * Everyone who can read lists and opens them; saving, renaming and deleting need a signed-in user.
 * What a reader may not see is taken out on the way out: ids hidden from them are dropped from a
 * view's positions and from the ids in its state, so a view never reveals a hidden item.
 */
import { randomUUID } from 'node:crypto';
import { requireRole, type Viewer } from '../accounts/roles.js';
import { ValidationError, type FieldProblem } from '../domain/errors.js';
import { line } from '../domain/records.js';
import type { AccountStore } from '../store/account-port.js';
import type { NodePosition, SavedViewRecord } from './records.js';
import { idsOfState, redactState } from './state-redaction.js';

export const MAX_VIEW_NAME = 120;
export const MAX_VIEW_STATE = 8000;
export const MAX_VIEW_POSITIONS = 5000;

const ID = /^[A-Za-z0-9_.:~-]{1,200}$/;

export interface NewView {
  name: string;
  state: string;
  positions: readonly { id: string; x: number; y: number }[];
}

function checkName(name: string, problems: FieldProblem[]): string {
  const trimmed = name.trim();
  if (!trimmed) problems.push({ field: 'name', code: 'REQUIRED', message: 'a view needs a name' });
  else if (trimmed.length > MAX_VIEW_NAME) {
    problems.push({ field: 'name', code: 'INVALID_VALUE', message: `at most ${MAX_VIEW_NAME} characters` });
  } else if (!line(MAX_VIEW_NAME).safeParse(trimmed).success) {
    problems.push({ field: 'name', code: 'INVALID_VALUE', message: 'must not hold control characters' });
  }
  return trimmed;
}

function checkState(state: string, problems: FieldProblem[]): void {
  if (state.length > MAX_VIEW_STATE) {
    problems.push({ field: 'state', code: 'INVALID_VALUE', message: `at most ${MAX_VIEW_STATE} characters` });
  } else if (state !== '' && !state.startsWith('?')) {
    problems.push({ field: 'state', code: 'INVALID_VALUE', message: "a URL query string, starting with '?'" });
  }
}

function checkPositions(positions: NewView['positions'], problems: FieldProblem[]): Record<string, NodePosition> {
  if (positions.length > MAX_VIEW_POSITIONS) {
    problems.push({
      field: 'positions',
      code: 'INVALID_VALUE',
      message: `at most ${MAX_VIEW_POSITIONS} positions (${positions.length} given)`,
    });
    return {};
  }
  const out: Record<string, NodePosition> = {};
  for (const [i, p] of positions.entries()) {
    if (!ID.test(p.id) || Object.hasOwn(out, p.id)) {
      problems.push({ field: `positions.${i}.id`, code: 'INVALID_VALUE', message: 'an unknown form of id, or twice' });
    } else if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) {
      problems.push({ field: `positions.${i}`, code: 'INVALID_VALUE', message: 'x and y must be finite numbers' });
    } else {
      out[p.id] = { x: p.x, y: p.y };
    }
  }
  return out;
}

export async function saveView(store: AccountStore, viewer: Viewer, input: NewView): Promise<SavedViewRecord> {
  const account = requireRole(viewer, 'VIEWER');
  const problems: FieldProblem[] = [];
  const name = checkName(input.name, problems);
  checkState(input.state, problems);
  const positions = checkPositions(input.positions, problems);
  if (problems.length) throw ValidationError.of(problems);
  const now = new Date().toISOString();
  const view: SavedViewRecord = {
    id: randomUUID(),
    name,
    owner: account.username,
    state: input.state,
    positions,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await store.createView(view);
  return view;
}

export async function renameView(
  store: AccountStore,
  viewer: Viewer,
  id: string,
  newName: string,
  expectedVersion: number,
): Promise<SavedViewRecord> {
  requireRole(viewer, 'VIEWER');
  const problems: FieldProblem[] = [];
  const name = checkName(newName, problems);
  if (problems.length) throw ValidationError.of(problems);
  const old = await store.getView(id);
  const base = old ?? { id, name, owner: '', state: '', positions: {}, createdAt: '', updatedAt: '', version: 0 };
  const renamed = { ...base, name, updatedAt: new Date().toISOString(), version: expectedVersion + 1 };
  // The store compares versions itself: NOT_FOUND or CONFLICT come from there.
  await store.updateView(renamed, expectedVersion);
  return renamed;
}

export async function deleteView(
  store: AccountStore,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
): Promise<void> {
  requireRole(viewer, 'VIEWER');
  await store.deleteView(id, expectedVersion);
}

/** Every node id a view names, in its positions and in every value of its state. */
export function idsOfView(view: SavedViewRecord): string[] {
  return [...new Set([...Object.keys(view.positions), ...idsOfState(view.state)])];
}

/** The view as a reader who sees only `visible` may have it (state-redaction.ts). */
export function redactView(view: SavedViewRecord, visible: ReadonlySet<string>): SavedViewRecord {
  const state = redactState(view.state, visible);
  const hidden = Object.keys(view.positions).some((id) => !visible.has(id));
  if (state === view.state && !hidden) return view;
  const positions = Object.fromEntries(Object.entries(view.positions).filter(([id]) => visible.has(id)));
  return { ...view, state, positions };
}
