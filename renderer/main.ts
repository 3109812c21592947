/**
 * The page's start. It is kept small and free of React so that it runs at once: it connects
 * to the show, and on the audience screen paints the slide the show is on as soon as that
 * slide's glyphs are there. The app (React and the views) loads after that paint, so that
 * evaluating it does not hold the paint up, and takes the slide over.
 */
import content from 'virtual:yeondae-content';
import { paintFirstSlide } from './boot/first-slide';
import { chooseConnection, tokenFromHash, viewFromPath } from './connection/choose-connection';
import { parseUrlOptions } from './connection/url-options';
import { loadPretendardSlices } from './fonts/slices';
import { followTheme } from './show/follow-theme';
import './styles/show.css';

/**
 * The longest the app waits for the first slide to be painted ahead of it. The show's
 * state or its fonts may be slow (a show server far away): the app then starts anyway,
 * with its notices, and shows the slide itself when it can.
 */
const APP_WAITS_AT_MOST_MS = 500;

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

/** The show's own views: the audience screen, the presenter view, the phone remote. */
function startShowView(root: HTMLElement): void {
  const warn = (message: string): void => console.warn(message);
  const options = parseUrlOptions(window.location.search, content.settings, warn);
  const connection = chooseConnection(content, options, warn);
  const view = viewFromPath(window.location.pathname) ?? options.view;
  document.documentElement.dataset.view = view;
  // Before the first paint, so the slide painted ahead of the app is in the show's colours.
  if (connection !== undefined) followTheme(connection);
  const firstSlide = view === 'audience' && connection !== undefined ? paintFirstSlide(root, connection) : undefined;
  const painted = firstSlide === undefined ? Promise.resolve() : Promise.race([firstSlide.settled, new Promise((resolve) => setTimeout(resolve, APP_WAITS_AT_MOST_MS))]);
  // The other views' own text is set in all of Pretendard's slices; the audience's slides
  // wait for them only where the deck's font lacks a character (fonts/load-show-fonts.ts).
  const loadApp = (): Promise<typeof import('./app')> => {
    if (view !== 'audience') return withSlices(import('./app'));
    void loadPretendardSlices();
    return import('./app');
  };
  void painted
    .then(loadApp)
    .then(({ startApp }) => {
      firstSlide?.handOver();
      startApp(root, view === 'read' || view === 'edit' ? 'audience' : view, connection);
    })
    .catch((error: unknown) => console.error('Yeondae: the app did not load; the build is incomplete, build it again', error));
}

/** A view's module once it and all of Pretendard's slices (fonts/slices.ts) are in the page: its text is set in them. */
const withSlices = <T>(view: Promise<T>): Promise<T> => Promise.all([view, loadPretendardSlices()]).then(([module]) => module);

/**
 * The read-along page (`/read` on the show server): the statement on a phone. It never
 * opens the show's own connection (its code is the follow code, for the read-along
 * socket only) and follows the phone's colours, not the show's.
 */
function startReadAlongPage(root: HTMLElement): void {
  document.documentElement.dataset.view = 'read';
  void withSlices(import('./read/start-read-along'))
    .then(({ startReadAlong }) => startReadAlong(root, tokenFromHash(window.location.hash)))
    .catch((error: unknown) => console.error('Yeondae: the read-along page did not load; the build is incomplete, build it again', error));
}

/**
 * The editor page (`/edit` on the show server): the statement, its organizations and
 * settings, edited in a page. It opens the editor's socket only, with the control code.
 */
function startEditorPage(root: HTMLElement): void {
  document.documentElement.dataset.view = 'edit';
  void withSlices(import('./edit/start-editor'))
    .then(({ startEditor }) => startEditor(root, tokenFromHash(window.location.hash)))
    .catch((error: unknown) => console.error('Yeondae: the editor page did not load; the build is incomplete, build it again', error));
}

const pageView = viewFromPath(window.location.pathname);
if (pageView === 'read') startReadAlongPage(root);
else if (pageView === 'edit') startEditorPage(root);
else startShowView(root);
