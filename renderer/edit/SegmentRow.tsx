import { memo, useRef } from 'react';
import { LANGUAGES, SLIDE_KINDS, type Language, type SlideKind } from '../../common/deck/deck';
import type { EditProblem } from '../../common/edit/check-edited';
import { withText, type EditedSegment } from '../../common/edit/edited-content';
import type { Cuts } from '../../common/edit/segment-edits';
import { ChoiceField } from './ChoiceField';
import type { EditLabels } from './edit-labels';
import { OrganizationsEditor } from './OrganizationsEditor';
import { ProblemList } from './ProblemList';

/** What a row asks of the list: a change of its own segment, or a change of the list around it. */
export type RowAction =
  | { readonly kind: 'split'; readonly cuts: Cuts }
  | { readonly kind: 'merge' | 'moveUp' | 'moveDown' | 'add' | 'remove' }
  | { readonly kind: 'sentence'; readonly lang: Language; readonly direction: 'up' | 'down' };

interface SegmentRowProps {
  readonly segment: EditedSegment;
  readonly index: number;
  readonly count: number;
  readonly selected: boolean;
  readonly problems: readonly EditProblem[];
  /** Seconds on screen in each language, when the segment can be shown. */
  readonly seconds: Partial<Record<Language, number>>;
  readonly labels: EditLabels;
  /** `typing` names the box typed in: changes in one box one after the other are one step of undo. */
  readonly onChange: (index: number, segment: EditedSegment, typing?: string) => void;
  readonly onAction: (index: number, action: RowAction) => void;
  readonly onSelect: (index: number) => void;
}

const LANGUAGE_LABEL = (labels: EditLabels, lang: Language): string => (lang === 'en' ? labels.english : labels.korean);

/**
 * One segment: its id and kind, its English and Korean side by side as typed (nothing
 * trimmed or changed), what the show would say about each, and the tools that cut,
 * join and move it. A text box remembers where its cursor was, for "Split at the cursor".
 */
export const SegmentRow = memo(function SegmentRow({ segment, index, count, selected, problems, seconds, labels, onChange, onAction, onSelect }: SegmentRowProps) {
  const boxes = useRef<Partial<Record<Language, HTMLTextAreaElement | null>>>({});
  /** The languages whose box the person clicked or typed in: only those are cut. */
  const placed = useRef(new Set<Language>());
  const headingId = `segment-${index}-heading`;
  const problemsOf = (field?: string): EditProblem[] => problems.filter((problem) => (field === undefined ? problem.field === undefined || !['en', 'ko', 'id', 'kind', 'organizations', 'signatory'].includes(problem.field) : problem.field === field));
  const split = (): void => {
    const cuts: Cuts = {};
    for (const lang of placed.current) {
      const box = boxes.current[lang];
      if (box !== null && box !== undefined) cuts[lang] = box.selectionStart;
    }
    placed.current.clear();
    onAction(index, { kind: 'split', cuts });
  };
  return (
    <li className="edit-segment" data-selected={selected} data-has-errors={problems.some((problem) => problem.severity === 'error')} aria-labelledby={headingId} onFocus={() => onSelect(index)}>
      <div className="edit-segment-head">
        <h3 id={headingId}>{labels.segmentNumber(index + 1)}</h3>
        <label className="edit-field edit-id">
          {labels.id}
          <input value={segment.id} spellCheck={false} onChange={(event) => onChange(index, { ...segment, id: event.target.value }, `id-${index}`)} />
        </label>
        <ChoiceField label={labels.kind} value={segment.kind} choices={SLIDE_KINDS} names={labels.kinds} onChange={(kind) => onChange(index, withKind(segment, kind))} />
        <span className="edit-times">
          {LANGUAGES.filter((lang) => seconds[lang] !== undefined).map((lang) => (
            <span key={lang}>
              {LANGUAGE_LABEL(labels, lang)} {labels.readingTime(String(Math.round(seconds[lang] ?? 0)))}
            </span>
          ))}
        </span>
      </div>
      <ProblemList problems={[...problemsOf('id'), ...problemsOf('kind')]} labels={labels} />
      <div className="edit-texts">
        {LANGUAGES.map((lang) => (
          <div key={lang} className="edit-text">
            <label>
              <span className="edit-text-label">{LANGUAGE_LABEL(labels, lang)}</span>
              <textarea
                ref={(box) => {
                  boxes.current[lang] = box;
                }}
                lang={lang}
                value={segment.text[lang] ?? ''}
                spellCheck={false}
                aria-invalid={problemsOf(lang).some((problem) => problem.severity === 'error')}
                onChange={(event) => {
                  placed.current.add(lang);
                  onChange(index, withText(segment, lang, event.target.value), `${lang}-${index}`);
                }}
                onClick={() => placed.current.add(lang)}
                onKeyUp={() => placed.current.add(lang)}
              />
            </label>
            <ProblemList problems={problemsOf(lang)} labels={labels} />
            <div className="edit-sentence-tools">
              <button type="button" disabled={index === 0 || segment.text[lang] === undefined} onClick={() => onAction(index, { kind: 'sentence', lang, direction: 'up' })}>
                ↑ {labels.firstSentenceUp}
              </button>
              <button type="button" disabled={index === count - 1 || segment.text[lang] === undefined} onClick={() => onAction(index, { kind: 'sentence', lang, direction: 'down' })}>
                ↓ {labels.lastSentenceDown}
              </button>
            </div>
          </div>
        ))}
      </div>
      {segment.kind === 'signature' && (
        <label className="edit-field">
          {labels.signatory}
          <input value={segment.signatory ?? ''} onChange={(event) => onChange(index, { ...segment, signatory: event.target.value }, `signatory-${index}`)} />
        </label>
      )}
      {segment.kind === 'organizations' && (
        <OrganizationsEditor organizations={segment.organizations ?? []} labels={labels} onChange={(organizations, typing) => onChange(index, { ...segment, organizations }, typing === undefined ? undefined : `${typing}-${index}`)} problems={problemsOf('organizations')} />
      )}
      <ProblemList problems={[...problemsOf('signatory'), ...problemsOf()]} labels={labels} />
      <div className="edit-segment-tools" role="group" aria-label={labels.segmentNumber(index + 1)}>
        <button type="button" onClick={split} title={labels.splitHint}>
          {labels.split}
        </button>
        <button type="button" disabled={index === count - 1} onClick={() => onAction(index, { kind: 'merge' })}>
          {labels.mergeNext}
        </button>
        <button type="button" disabled={index === 0} onClick={() => onAction(index, { kind: 'moveUp' })}>
          {labels.moveUp}
        </button>
        <button type="button" disabled={index === count - 1} onClick={() => onAction(index, { kind: 'moveDown' })}>
          {labels.moveDown}
        </button>
        <button type="button" onClick={() => onAction(index, { kind: 'add' })}>
          {labels.addAfter}
        </button>
        <button type="button" className="edit-remove" onClick={() => onAction(index, { kind: 'remove' })}>
          {labels.remove}
        </button>
      </div>
    </li>
  );
});

/** The segment as another kind: a signatory only on a signature, a list only on organizations. */
function withKind(segment: EditedSegment, kind: SlideKind): EditedSegment {
  const { signatory, organizations, ...rest } = segment;
  return {
    ...rest,
    kind,
    ...(kind === 'signature' ? { signatory: signatory ?? '' } : {}),
    ...(kind === 'organizations' ? { organizations: organizations ?? [] } : {}),
  };
}
