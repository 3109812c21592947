import { useState } from 'react';
import { MAX_TYPED_LENGTH, trimmedText, typedTextProblem } from '../../common/announcements/shown-announcement';
import type { ShowConnection } from '../connection/show-connection';
import type { AnnouncementLabels } from './announcement-labels';

/** A message nobody wrote in advance, typed in English, Korean or both, and put up on every screen. */
export function TypedAnnouncement({ connection, labels }: { readonly connection: ShowConnection; readonly labels: AnnouncementLabels }) {
  const [en, setEn] = useState('');
  const [ko, setKo] = useState('');
  // The form is drawn only while open: a folded one takes no room and no Tab stop.
  const [open, setOpen] = useState(false);
  const text = trimmedText({ en, ko });
  const empty = text.en === undefined && text.ko === undefined;
  const problem = empty ? undefined : typedTextProblem(text);
  return (
    <details className="announcement-typed-box" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{labels.typedHeading}</summary>
      {open && (
    <form
      className="announcement-typed"
      data-testid="typed-announcement"
      onSubmit={(event) => {
        event.preventDefault();
        if (!empty && problem === undefined) connection.send({ type: 'announceText', text });
      }}
    >
      <label>
        {labels.english}
        <textarea lang="en" rows={2} maxLength={MAX_TYPED_LENGTH} value={en} onChange={(event) => setEn(event.target.value)} />
      </label>
      <label>
        {labels.korean}
        <textarea lang="ko" rows={2} maxLength={MAX_TYPED_LENGTH} value={ko} onChange={(event) => setKo(event.target.value)} />
      </label>
      {/* The show's own check, in English as the problems list is. */}
      {problem !== undefined && (
        <p className="announcement-problem" lang="en" role="status">
          {problem}
        </p>
      )}
      <button type="submit" disabled={empty || problem !== undefined}>
        {labels.putUp}
      </button>
    </form>
      )}
    </details>
  );
}
