/**
 * Undated items in a time window: absence of a date is not evidence of being outside the window,
 * nor of being inside it. The analyst chooses: keep them (drawn hollow and dashed, and counted)
 * or leave them out (and see how many were left out).
 */
export interface UndatedSwitchProps {
  /** Whether a time window is set: without one, nothing is left out for having no date. */
  windowActive: boolean;
  keep: boolean;
  /** Undated items shown, and left out by the switch. */
  counts: { kept: number; leftOut: number };
  /** What the items are: "ties" (Coordination) or "items" (Evidence). */
  noun: string;
  onChange(keep: boolean): void;
}

export function UndatedSwitch({ windowActive, keep, counts, noun, onChange }: UndatedSwitchProps) {
  return (
    <div className="undated-switch" data-testid="undated-switch">
      <label className="toggle-line">
        <input
          type="checkbox"
          checked={keep}
          disabled={!windowActive}
          onChange={(e) => onChange(e.target.checked)}
          data-testid="undated-keep"
        />
        Keep undated {noun} in the time window
      </label>
      <p className="muted small" data-testid="undated-note">
        {!windowActive
          ? `${counts.kept} undated ${noun} shown, drawn dashed; a time window can leave them out.`
          : keep
            ? `${counts.kept} undated ${noun} kept, drawn dashed: no date places them in or out of the window.`
            : `${counts.leftOut} undated ${noun} left out.`}
      </p>
    </div>
  );
}
