/** What main needs of a frame: its identity (compared by reference) and its URL. */
export interface FrameLike {
  readonly url: string;
}

/** What main needs of a window's `WebContents`. */
export interface WindowContents {
  readonly mainFrame: FrameLike;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

/** What main needs of a `BrowserWindow`. */
export interface HostWindow {
  readonly webContents: WindowContents;
  isDestroyed(): boolean;
  isFullScreen(): boolean;
  setFullScreen(flag: boolean): void;
  once(event: 'closed', listener: () => void): unknown;
}

/**
 * The windows this app opened: the only ones whose messages main listens to and the
 * ones that receive snapshots. A window leaves the set when it closes, because a
 * destroyed window throws on every property access.
 */
export interface KnownWindows<W extends HostWindow = HostWindow> {
  add(window: W): void;
  /** The open windows, for broadcasting. */
  list(): readonly W[];
  /** The window whose main frame is `frame`, if any; subframes belong to no window. */
  byMainFrame(frame: FrameLike): W | undefined;
}

/** An empty set of known windows. */
export function createKnownWindows<W extends HostWindow>(): KnownWindows<W> {
  const windows = new Set<W>();
  const open = (): W[] => [...windows].filter((window) => !window.isDestroyed() && !window.webContents.isDestroyed());
  return {
    add(window) {
      windows.add(window);
      window.once('closed', () => windows.delete(window));
    },
    list: open,
    byMainFrame: (frame) => open().find((window) => window.webContents.mainFrame === frame),
  };
}
