import { useState } from 'react';
import { LANGUAGES, type Language, type Slide } from '../../common/deck/deck';
import type { EditedSegment } from '../../common/edit/edited-content';
import type { Settings } from '../../common/settings/settings';
import { SAFE_MARGIN_FRACTION } from '../../common/layout/type-scale';
import { themeColors } from '../../common/theme/theme-colors';
import { SlideView } from '../show/SlideView';
import type { EditLabels } from './edit-labels';

/**
 * The screens the legibility check covers, from the smallest projector to a portrait TV,
 * as drawn: the full-HD one across the panel, the other two below it, side by side.
 */
const SCREENS = [
  { width: 1920, height: 1080, drawnHeight: 240 },
  { width: 800, height: 600, drawnHeight: 220 },
  { width: 1080, height: 1920, drawnHeight: 220 },
] as const;

interface SegmentPreviewProps {
  readonly segment: EditedSegment | undefined;
  readonly index: number;
  readonly settings: Settings;
  readonly labels: EditLabels;
}

/**
 * The selected segment as the audience sees it, on each screen size the show checks: the
 * slide component of the audience screen, laid out at the screen's own pixel size (so the
 * fit is the same as there) and drawn smaller, in the colours being edited.
 */
export function SegmentPreview({ segment, index, settings, labels }: SegmentPreviewProps) {
  const available = LANGUAGES.filter((lang) => segment?.text[lang] !== undefined && segment.text[lang].trim() !== '');
  const [chosen, setChosen] = useState<Language>('en');
  const lang = available.includes(chosen) ? chosen : available[0];
  const colors = themeColors(settings);
  const slide: Slide | undefined = segment === undefined || lang === undefined ? undefined : toSlide(segment);
  return (
    <section className="edit-preview" aria-label={labels.previewOf(index + 1)}>
      <h2>{labels.previewOf(index + 1)}</h2>
      <div className="edit-preview-langs" role="group" aria-label={labels.preview}>
        {LANGUAGES.map((option) => (
          <button key={option} type="button" aria-pressed={option === lang} disabled={!available.includes(option)} onClick={() => setChosen(option)}>
            {option === 'en' ? labels.english : labels.korean}
          </button>
        ))}
      </div>
      <div className="edit-screens" style={{ ['--show-background' as string]: colors.background, ['--show-text' as string]: colors.text, ['--show-muted' as string]: colors.muted }}>
        {SCREENS.map((screen) => {
          const scale = screen.drawnHeight / screen.height;
          return (
            <figure key={`${screen.width}x${screen.height}`} className="edit-screen" style={{ width: Math.round(screen.width * scale), height: screen.drawnHeight }} data-size={`${screen.width}x${screen.height}`}>
              <div
                className="edit-screen-surface"
                style={{ width: screen.width, height: screen.height, transform: `scale(${scale})`, ['--safe-margin' as string]: `${Math.round(SAFE_MARGIN_FRACTION * Math.min(screen.width, screen.height))}px` }}
              >
                {slide !== undefined && lang !== undefined && <SlideView key={`${lang} ${JSON.stringify(slide)}`} slide={slide} langs={[lang]} phase="current" entrance="at-once" />}
              </div>
              <figcaption>
                {screen.width}×{screen.height}
              </figcaption>
            </figure>
          );
        })}
      </div>
    </section>
  );
}

/** The segment as the show would hold it: its texts as the file's check reads them (trimmed). */
function toSlide(segment: EditedSegment): Slide {
  const text: Partial<Record<Language, string>> = {};
  for (const lang of LANGUAGES) {
    const words = segment.text[lang]?.trim();
    if (words !== undefined && words !== '') text[lang] = words;
  }
  return {
    id: segment.id,
    kind: segment.kind,
    text,
    ...(segment.signatory !== undefined && segment.signatory.trim() !== '' ? { signatory: segment.signatory.trim() } : {}),
    ...(segment.organizations === undefined ? {} : { organizations: segment.organizations.filter((org) => org.name.trim() !== '') }),
  };
}
