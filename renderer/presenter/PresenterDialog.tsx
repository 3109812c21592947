import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

interface PresenterDialogProps {
  readonly title: string;
  readonly closeLabel: string;
  readonly onClose: () => void;
  readonly testId: string;
  /** What has the focus once the dialog is open (the overview's filter); else the dialog's first control. */
  readonly initialFocus?: RefObject<HTMLElement | null>;
  /** What stays in place above the content when the content scrolls (the overview's filter). */
  readonly toolbar?: ReactNode;
  readonly children: ReactNode;
}

/**
 * A modal panel over the presenter view (the overview, the key help). The browser's own
 * `<dialog>`: the view behind it is inert, Tab stays inside, Esc closes it, and closing
 * it gives the focus back to the button that opened it.
 */
export function PresenterDialog({ title, closeLabel, onClose, testId, initialFocus, toolbar, children }: PresenterDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (!element.open) element.showModal();
    initialFocus?.current?.focus();
  }, [initialFocus]);
  return (
    <dialog ref={dialog} className="presenter-dialog" data-testid={testId} aria-labelledby={titleId} onClose={onClose}>
      <div className="presenter-dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="presenter-tool" onClick={() => dialog.current?.close()}>
          {closeLabel}
        </button>
      </div>
      {toolbar}
      <div className="presenter-dialog-body">{children}</div>
    </dialog>
  );
}
