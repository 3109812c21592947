import type { Slide } from '../../common/deck/deck';
import { runPieces } from '../../common/layout/address-breaks';
import { wordRuns } from '../../common/layout/word-runs';
import type { ShowSnapshot } from '../../common/show/show-store';
import type { ShownFrame } from '../show/shown-frame';

type Attributes = Readonly<Record<string, string>>;

function element(tag: string, attributes: Attributes, children: readonly (Node | string)[] = []): HTMLElement {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.append(...children);
  return made;
}

/** One run as WholeWords renders it: a span per piece of `runPieces` (one, unless the run holds an address), a `<wbr>` between. */
const runElements = (run: string): Node[] => runPieces(run).flatMap((piece, index) => [...(index > 0 ? [element('wbr', {})] : []), element('span', { class: 'word' }, [piece])]);

/** `text` as WholeWords renders it: each run of `wordRuns` unbreakable but at an address's break points, the spaces between as text. */
const wholeWords = (text: string): (Node | string)[] => wordRuns(text).flatMap((run, index): (Node | string)[] => (index % 2 === 1 ? [run] : runElements(run)));

/** The signatory, as SlideView's SlideExtras renders it (an organizations slide is never painted ahead: see `paintsAhead`). */
function extras(slide: Slide): HTMLElement[] {
  return slide.signatory === undefined ? [] : [element('p', { class: 'slide-signatory' }, [slide.signatory])];
}

/**
 * Whether the page paints `slide` ahead of the app. Not a list of organizations, nor the
 * read-along page's code: their cards and QR codes are the app's (OrganizationGrid,
 * ReadAlongCode), and a slide painted without them would change under the audience's
 * eyes when the app took it over.
 */
export function paintsAhead(slide: Slide): boolean {
  return slide.kind !== 'read-along' && (slide.organizations === undefined || slide.organizations.length === 0);
}

/** The parts of a first slide the page fits before painting it. */
export interface FirstSlideElements {
  /** The show, to put in the page: what AudienceView renders for `shown`. */
  readonly show: HTMLElement;
  readonly slide: HTMLElement;
  readonly box: HTMLElement;
  readonly text: HTMLElement;
}

/**
 * The audience view's markup for one slide on screen, element for element as
 * AudienceView and SlideView render it (tests/e2e/first-paint.test.ts compares the two),
 * marked `data-starting` until the app takes it over. It is there at once (no fade in: see
 * SlideView's `entrance`), as the app's own first slide is. No progress line: it comes with
 * the app, a moment later, and a line appearing is no wrong slide.
 */
export function firstSlideElements(snapshot: ShowSnapshot, shown: ShownFrame): FirstSlideElements {
  const { slide, langs } = shown;
  const texts = langs.map((lang, index) =>
    element('div', { class: 'slide-text', lang, 'data-role': index === 0 ? 'primary' : 'secondary' }, [
      element('p', { class: 'slide-line' }, wholeWords(slide.text[lang] ?? '')),
      ...(index === 0 ? extras(slide) : []),
    ]),
  );
  const text = element('div', { class: 'slide-fit' }, texts);
  const box = element('div', { class: 'slide-safe-area' }, [text]);
  const slideElement = element(
    'section',
    { class: 'slide', 'data-slide-id': slide.id, 'data-kind': slide.kind, 'data-langs': langs.join(' '), 'data-phase': 'current', 'data-entrance': 'at-once', 'aria-hidden': 'false' },
    [box],
  );
  const { state, settings } = snapshot;
  const show = element(
    'main',
    { class: 'show', 'data-blank': String(state.blank), 'data-frame': String(state.frame), 'data-loop': state.loop, 'data-mode': settings.mode, 'data-ready': 'true', 'data-starting': '' },
    [slideElement, element('div', { class: 'blackout', 'aria-hidden': 'true' })],
  );
  return { show, slide: slideElement, box, text };
}
