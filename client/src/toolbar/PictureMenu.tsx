/**
 * The toolbar's Picture menu: how far an expansion reaches (depth 1–3) and along which ties, what
 * sizes the nodes (ties, weight, brokerage), and whether the picture is grouped into clusters.
 */
import { usePopover } from './usePopover.js';
import type { RelationshipType } from '../__generated__/graphql.js';
import { SIZE_WORDS } from '../graph/measures.js';
import { CLUSTER_MODES, SIZE_BY, type PictureState, type ViewName } from '../graph/url-state.js';
import { label, RELATIONSHIP_TYPES } from '../graph/vocabulary.js';

export interface PictureMenuProps {
  view: ViewName;
  picture: PictureState;
  onPicture(p: Partial<PictureState>): void;
  clusters: { active: boolean; count: number; open: number; onOpenAll(): void; onCloseAll(): void };
}

const CLUSTER_WORDS: Record<PictureState['clusters'], string> = {
  auto: 'Automatic (big views)',
  on: 'Always',
  off: 'Never',
};

export function PictureMenu({ view, picture, onPicture, clusters }: PictureMenuProps) {
  const { open, setOpen, box } = usePopover();
  const via = picture.via ?? [];
  const toggleVia = (t: RelationshipType) => {
    const next = via.includes(t) ? via.filter((x) => x !== t) : [...via, t];
    onPicture({ via: next.length ? next : null });
  };
  return (
    <div className="export-menu" ref={box}>
      <button
        type="button"
        className="tool"
        aria-haspopup="dialog"
        aria-expanded={open}
        title="Expansion depth and ties, node size, clusters"
        onClick={() => setOpen(!open)}
        data-testid="tool-picture"
      >
        <svg viewBox="0 0 20 20" width="15" height="15" aria-hidden="true">
          <path
            d="M6 6m-2.5 0a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0M14 14m-3.5 0a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0-7 0M8 8l3 3"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.7"
            strokeLinecap="round"
          />
        </svg>
        <span className="tool-label">Picture</span>
      </button>
      {open && (
        <div
          className="export-dialog picture-dialog"
          role="dialog"
          aria-label="Picture settings"
          data-testid="picture-dialog"
        >
          {view === 'evidence' && (
            <>
              <label className="export-field inline">
                <span>Expansion depth</span>
                <select
                  value={picture.depth}
                  onChange={(e) => onPicture({ depth: Number(e.target.value) })}
                  data-testid="picture-depth"
                >
                  {[1, 2, 3].map((d) => (
                    <option key={d} value={d}>
                      {d === 1 ? '1 tie' : `${d} ties`}
                    </option>
                  ))}
                </select>
              </label>
              <fieldset className="export-field">
                <legend>Expand along</legend>
                <p className="muted export-note">{via.length ? 'Only the ticked ties' : 'Every kind of tie'}</p>
                {RELATIONSHIP_TYPES.map((t) => (
                  <label key={t} className="check">
                    <input
                      type="checkbox"
                      checked={via.includes(t)}
                      onChange={() => toggleVia(t)}
                      data-testid={`picture-via-${t}`}
                    />{' '}
                    {label(t)}
                  </label>
                ))}
              </fieldset>
            </>
          )}
          <label className="export-field inline">
            <span>Node size</span>
            <select
              value={picture.sizeBy}
              onChange={(e) => onPicture({ sizeBy: e.target.value as PictureState['sizeBy'] })}
              data-testid="picture-size"
            >
              {SIZE_BY.map((m) => (
                <option key={m} value={m}>
                  {SIZE_WORDS[m]}
                </option>
              ))}
            </select>
          </label>
          <label className="export-field inline">
            <span>Clusters</span>
            <select
              value={picture.clusters}
              onChange={(e) => onPicture({ clusters: e.target.value as PictureState['clusters'] })}
              data-testid="picture-clusters"
            >
              {CLUSTER_MODES.map((m) => (
                <option key={m} value={m}>
                  {CLUSTER_WORDS[m]}
                </option>
              ))}
            </select>
          </label>
          {clusters.active && clusters.count > 0 && (
            <div className="export-actions">
              <span className="muted" data-testid="picture-cluster-count">
                {clusters.count} clusters, {clusters.open} open
              </span>
              <button type="button" className="btn" onClick={clusters.onOpenAll} data-testid="clusters-open-all">
                Open all
              </button>
              <button type="button" className="btn" onClick={clusters.onCloseAll} data-testid="clusters-close-all">
                Close all
              </button>
            </div>
          )}
          <p className="muted export-note">Click a cluster to open it; click its box to close it again.</p>
        </div>
      )}
    </div>
  );
}
