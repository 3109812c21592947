// The built renderer's files are served by `send` (pillarjs; what Express's res.sendFile
// and serve-static are made of), not by sirv. sirv 3.0.2, its latest release, reads the
// Range header by hand: `bytes=2-1` reaches fs.createReadStream as an impossible range and
// the throw ends the process; `bytes=-5` is served as bytes 0-5, `bytes=0-0` as the whole
// file, `items=0-3` as a byte range, If-Range is ignored and If-None-Match is matched only
// as one exact string. `send` parses ranges with range-parser (416 with `bytes */size`,
// suffixes, open ends; several ranges it answers with the whole file, as RFC 9110 allows),
// honours If-Range, answers If-None-Match / If-Modified-Since through `fresh`, refuses `..`,
// NUL and broken %-encoding itself, and reports every failure as an 'error' event instead
// of throwing. serve-static would wrap it in a method check, a folder redirect and a
// `next(error)` we do not use, and leave us writing the same answers; so `send` directly.
import type { IncomingMessage, ServerResponse } from 'node:http';
import send from 'send';

/** How a request for a file can end other than in the file (or a 304, or a 206). */
export interface FileOutcomes {
  /** No such file, or a path that may not be asked for: `..`, NUL, a dotfile, a folder. */
  notFound(): void;
  /** If-Match or If-Unmodified-Since does not hold (412). */
  preconditionFailed(): void;
  /** The Range asks for no byte the file has (416); `contentRange` is the header that gives the file's size. */
  unsatisfiable(contentRange: string): void;
  /** What should not happen, a file that is there but cannot be read: the guard's 500. */
  fail(error: unknown): void;
}

/** Serves the file at the URL path `path` (still %-encoded), or ends in one of `outcomes`. */
export type StaticFiles = (request: IncomingMessage, response: ServerResponse, path: string, outcomes: FileOutcomes) => void;

/** The status and headers `send` puts on the errors it emits (made by http-errors). */
interface SendError {
  readonly status?: unknown;
  readonly headers?: Readonly<Record<string, unknown>>;
}

/**
 * Serves the files of `folder` with their types, ETag and Last-Modified, ranges and
 * conditional requests. No folder is listed or redirected to, no index file is looked for
 * and no dotfile is served.
 */
export function createStaticFiles(folder: string): StaticFiles {
  const options: send.SendOptions = { root: folder, index: false, dotfiles: 'ignore', etag: true, lastModified: true, acceptRanges: true, cacheControl: false };
  return (request, response, path, outcomes) => {
    // These run from send's fs callbacks, after the guard's try has returned: a throw here would be uncaught.
    const safely =
      <A extends unknown[]>(run: (...args: A) => void) =>
      (...args: A): void => {
        try {
          run(...args);
        } catch (error) {
          outcomes.fail(error);
        }
      };
    const file = send(request, path, options);
    // Revalidated on every load (a cheap 304): a rebuilt renderer reaches the screens at their next reload.
    file.on('headers', safely(() => response.setHeader('Cache-Control', 'no-cache')));
    file.on('directory', safely(() => outcomes.notFound()));
    file.on(
      'error',
      safely((error: SendError) => {
        const status = typeof error.status === 'number' ? error.status : 500;
        if (status >= 500 || response.headersSent) outcomes.fail(error);
        else if (status === 412) outcomes.preconditionFailed();
        else if (status === 416) outcomes.unsatisfiable(String(error.headers?.['Content-Range'] ?? ''));
        else outcomes.notFound();
      }),
    );
    file.pipe(response);
  };
}
