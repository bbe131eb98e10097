/**
 * The toolbar's Views menu: save the current view under a name, and list the team's saved views
 * to open, rename or delete; tick views (in the order wanted) and present them.
 */
import { useState } from 'react';
import { usePopover } from '../toolbar/usePopover.js';
import {
  DeleteViewDocument,
  RenameViewDocument,
  SavedViewsDocument,
  type SavedViewFieldsFragment,
} from '../__generated__/graphql.js';
import { errorText } from '../api/client.js';
import { mutate } from '../api/mutate.js';
import { useQuery } from '../api/useQuery.js';

export type SavedView = SavedViewFieldsFragment;

export interface ViewsMenuProps {
  /** Saves the current view; answers the saved view. */
  onSave(name: string): Promise<SavedView>;
  onOpen(view: SavedView): void;
  onPresent(views: SavedView[]): void;
}

export function ViewsMenu({ onSave, onOpen, onPresent }: ViewsMenuProps) {
  const { open, setOpen, box } = usePopover();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const list = useQuery(SavedViewsDocument, {}, { skip: !open });
  const views = list.data?.savedViews ?? [];

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    run(async () => {
      await onSave(name);
      setName('');
    });
  const rename = (view: SavedView, newName: string) =>
    run(async () => {
      await mutate(RenameViewDocument, { id: view.id, name: newName, expectedVersion: view.version });
      setRenaming(null);
    });
  const remove = (view: SavedView) =>
    run(async () => {
      await mutate(DeleteViewDocument, { id: view.id, expectedVersion: view.version });
      setChosen((c) => c.filter((id) => id !== view.id));
    });
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const present = () => {
    const byId = new Map(views.map((v) => [v.id, v]));
    const sequence = chosen.length ? chosen.flatMap((id) => byId.get(id) ?? []) : views;
    if (!sequence.length) return;
    setOpen(false);
    onPresent(sequence);
  };

  return (
    <div className="export-menu views-menu" ref={box}>
      <button
        type="button"
        className="tool"
        aria-haspopup="dialog"
        aria-expanded={open}
        title="Save this view, open the team's saved views, or present them"
        onClick={() => setOpen(!open)}
        data-testid="tool-views"
      >
        <svg viewBox="0 0 20 20" width="15" height="15" aria-hidden="true">
          <path d="M5 3h10v14l-5-3-5 3z" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinejoin="round" />
        </svg>
        <span className="tool-label">Views</span>
      </button>
      {open && (
        <div className="export-dialog views-dialog" role="dialog" aria-label="Saved views" data-testid="views-dialog">
          <form
            className="views-save"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <label className="export-field">
              Save this view as
              <input
                value={name}
                maxLength={120}
                placeholder="Name, e.g. Mekong police ties"
                onChange={(e) => setName(e.target.value)}
                data-testid="view-name"
              />
            </label>
            <button type="submit" className="btn" disabled={busy || !name.trim()} data-testid="view-save">
              Save
            </button>
          </form>
          {error && (
            <p className="form-error" role="alert" data-testid="views-error">
              {error}
            </p>
          )}
          {list.error && <p className="form-error">{list.error}</p>}
          {list.loading && <p className="muted">Loading saved views…</p>}
          {!list.loading && views.length === 0 && <p className="muted">No saved views yet.</p>}
          <ul className="views-list">
            {views.map((v) => (
              <li key={v.id} data-testid="view-item" data-view-name={v.name}>
                <label title="Include in the presentation (in the order ticked)">
                  <input
                    type="checkbox"
                    checked={chosen.includes(v.id)}
                    onChange={() => toggle(v.id)}
                    data-testid="view-choose"
                  />
                  {chosen.includes(v.id) && <span className="badge">{chosen.indexOf(v.id) + 1}</span>}
                </label>
                {renaming?.id === v.id ? (
                  <form
                    className="views-rename"
                    onSubmit={(e) => {
                      e.preventDefault();
                      void rename(v, renaming.name);
                    }}
                  >
                    <input
                      value={renaming.name}
                      maxLength={120}
                      aria-label="New name"
                      onChange={(e) => setRenaming({ id: v.id, name: e.target.value })}
                      data-testid="view-rename-input"
                    />
                    <button type="submit" className="link" disabled={busy}>
                      OK
                    </button>
                  </form>
                ) : (
                  <button
                    type="button"
                    className="link views-open"
                    title={`Saved by ${v.owner}`}
                    onClick={() => {
                      setOpen(false);
                      onOpen(v);
                    }}
                    data-testid="view-open"
                  >
                    {v.name}
                  </button>
                )}
                <button
                  type="button"
                  className="link"
                  onClick={() => setRenaming({ id: v.id, name: v.name })}
                  data-testid="view-rename"
                >
                  Rename
                </button>
                <button
                  type="button"
                  className="link"
                  disabled={busy}
                  onClick={() => void remove(v)}
                  data-testid="view-delete"
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="btn"
            disabled={views.length === 0}
            onClick={present}
            data-testid="views-present"
          >
            Present {chosen.length ? `${chosen.length} chosen` : 'all'}
          </button>
        </div>
      )}
    </div>
  );
}
