/**
 * The toolbar's Export menu: a small dialog to edit the title, see the subtitle it will carry,
 * choose the PNG scale, and export the current view as PNG, SVG or PDF.
 */
import { useEffect, useRef, useState } from 'react';
import { usePopover } from './usePopover.js';
import type { ExportFormat } from '../export/run-export.js';

export interface ExportMenuProps {
  defaultTitle: string;
  subtitle: string;
  disabled: boolean;
  onExport(format: ExportFormat, title: string, scale: number): Promise<void>;
}

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'png', label: 'PNG', hint: 'Picture at the chosen scale' },
  { format: 'svg', label: 'SVG', hint: 'Vector, text kept as text' },
  { format: 'pdf', label: 'PDF', hint: 'A4 landscape, sources as text' },
];

export function ExportMenu({ defaultTitle, subtitle, disabled, onExport }: ExportMenuProps) {
  const { open, setOpen, box } = usePopover();
  const [title, setTitle] = useState(defaultTitle);
  const [scale, setScale] = useState(2);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  // A new focus gives a new default title, until the analyst edits it.
  const edited = useRef(false);
  useEffect(() => {
    if (!edited.current) setTitle(defaultTitle);
  }, [defaultTitle]);

  const run = async (format: ExportFormat) => {
    setBusy(format);
    setError(null);
    try {
      await onExport(format, title.trim() || defaultTitle, scale);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="export-menu" ref={box}>
      <button
        type="button"
        className="tool"
        aria-haspopup="dialog"
        aria-expanded={open}
        disabled={disabled}
        title="Export the current view as PNG, SVG or PDF, with its legend and sources"
        onClick={() => setOpen(!open)}
        data-testid="tool-export"
      >
        <svg viewBox="0 0 20 20" width="15" height="15" aria-hidden="true">
          <path
            d="M10 3v10M6 9l4 4 4-4M4 15v2h12v-2"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.7"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span className="tool-label">Export</span>
      </button>
      {open && (
        <div className="export-dialog" role="dialog" aria-label="Export the view" data-testid="export-dialog">
          <label className="export-field">
            <span>Title</span>
            <input
              value={title}
              onChange={(e) => {
                edited.current = true;
                setTitle(e.target.value);
              }}
              data-testid="export-title"
            />
          </label>
          <p className="export-subtitle" data-testid="export-subtitle">
            {subtitle}
          </p>
          <label className="export-field inline">
            <span>PNG scale</span>
            <select value={scale} onChange={(e) => setScale(Number(e.target.value))} data-testid="export-scale">
              {[1, 2, 3].map((s) => (
                <option key={s} value={s}>
                  {s}×
                </option>
              ))}
            </select>
          </label>
          <div className="export-actions">
            {FORMATS.map((f) => (
              <button
                key={f.format}
                type="button"
                className="btn"
                title={f.hint}
                disabled={busy !== null}
                onClick={() => void run(f.format)}
                data-testid={`export-${f.format}`}
              >
                {busy === f.format ? `${f.label}…` : f.label}
              </button>
            ))}
          </div>
          <p className="muted export-note">Each file carries the legend of what is shown, the date and the sources.</p>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
