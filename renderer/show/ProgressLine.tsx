interface ProgressLineProps {
  /** When the frame came on screen and how long it stays, in ms. */
  readonly shownAt: number;
  readonly dwellMs: number;
  /** The show's time now, on the clock `shownAt` is on. */
  readonly now: number;
}

/**
 * A thin line along the bottom edge that fills while a looping slide is up. It is one
 * CSS animation of `transform` (no script per frame); starting it with a negative delay
 * puts a view that joins late at the right place.
 */
export function ProgressLine({ shownAt, dwellMs, now }: ProgressLineProps) {
  return (
    <div
      key={shownAt}
      className="progress-line"
      aria-hidden="true"
      style={{ animationDuration: `${dwellMs}ms`, animationDelay: `${Math.min(0, shownAt - now)}ms` }}
    />
  );
}
