import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { languagesOf } from '../../common/deck/deck';
import { findSlides } from '../../common/deck/find-slides';
import { findSlideFrame, type Frame } from '../../common/show/frames';
import type { ShowSnapshot } from '../../common/show/show-store';
import type { ShowConnection } from '../connection/show-connection';
import { PresenterDialog } from './PresenterDialog';
import type { PresenterLabels } from './presenter-labels';

interface SlideOverviewProps {
  readonly snapshot: ShowSnapshot;
  readonly frames: readonly Frame[];
  readonly connection: ShowConnection;
  readonly labels: PresenterLabels;
  readonly onClose: () => void;
}

/**
 * Every slide in both languages, with a filter: a click or Enter on one takes the show
 * there and closes the overview; Enter in the filter takes it to the first slide found.
 */
export function SlideOverview({ snapshot, frames, connection, labels, onClose }: SlideOverviewProps) {
  const filter = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const { deck, settings, state } = snapshot;
  const found = useMemo(() => findSlides(deck, query), [deck, query]);
  const onScreen = frames[state.frame]?.slideIndex;
  // Closed through the dialog itself, which gives the focus back to the button that opened it.
  const goTo = (slideIndex: number, from: HTMLElement): void => {
    const slide = deck.slides[slideIndex];
    if (slide === undefined) return;
    connection.send({ type: 'goToSlide', slideId: slide.id, ...(settings.languages[0] === undefined ? {} : { lang: settings.languages[0] }) });
    from.closest('dialog')?.close();
  };
  // Not while a Korean input method is still composing: that Enter finishes the syllable.
  const onFilterKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing && found[0] !== undefined) goTo(found[0], event.currentTarget);
  };
  return (
    <PresenterDialog
      title={labels.overviewTitle}
      closeLabel={labels.close}
      onClose={onClose}
      testId="overview"
      initialFocus={filter}
      toolbar={
        <div className="presenter-filter">
        <label>
          {labels.filter}{' '}
          <input ref={filter} type="search" value={query} placeholder={labels.filterHint} onChange={(event) => setQuery(event.target.value)} onKeyDown={onFilterKey} />
        </label>
        <span role="status" data-testid="overview-count">
          {found.length === 0 ? labels.noMatch : labels.slidesFound(found.length)}
        </span>
        </div>
      }
    >
      <ol className="presenter-overview-list">
        {found.map((slideIndex) => {
          const slide = deck.slides[slideIndex]!;
          const frame = (findSlideFrame(frames, slideIndex, settings.languages[0]) ?? 0) + 1;
          return (
            <li key={slide.id}>
              <button type="button" data-slide-id={slide.id} aria-current={slideIndex === onScreen ? 'true' : undefined} onClick={(event) => goTo(slideIndex, event.currentTarget)}>
                <span className="presenter-overview-number">
                  {frame}
                  {slideIndex === onScreen && <span className="presenter-overview-current"> · {labels.onScreen}</span>}
                </span>
                {languagesOf(slide, settings.languages).map((lang) => (
                  <span key={lang} className="presenter-overview-text" lang={lang}>
                    {slide.text[lang]}
                  </span>
                ))}
              </button>
            </li>
          );
        })}
      </ol>
    </PresenterDialog>
  );
}
