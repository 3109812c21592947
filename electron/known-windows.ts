/** What main needs of a frame: its identity (compared by reference) and its URL. */
export interface FrameLike {
  readonly url: string;
}

/** What main needs of a window's `WebContents`. */
export interface WindowContents {
  readonly mainFrame: FrameLike;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
  /** True from the renderer's death until a reload starts a new one. */
  isCrashed(): boolean;
}

/** What main needs of a `BrowserWindow`. */
export interface HostWindow {
  readonly webContents: WindowContents;
  isDestroyed(): boolean;
  isFullScreen(): boolean;
  setFullScreen(flag: boolean): void;
}

/**
 * The windows this app opened: the only ones whose messages main listens to and the
 * ones that receive snapshots.
 */
export interface KnownWindows<W extends HostWindow = HostWindow> {
  add(window: W): void;
  /** The open windows, for broadcasting. */
  list(): readonly W[];
  /** The open window whose main frame is `frame`, if any; subframes belong to no window. */
  byMainFrame(frame: FrameLike): W | undefined;
}

/** An empty set of known windows. */
export function createKnownWindows<W extends HostWindow>(): KnownWindows<W> {
  const windows = new Set<W>();
  // A closed window throws on every use, so it is dropped before anyone can touch it.
  // Checking here rather than on 'closed' also covers contents destroyed before their window.
  const open = (): W[] => {
    for (const window of windows) {
      if (window.isDestroyed() || window.webContents.isDestroyed()) windows.delete(window);
    }
    return [...windows];
  };
  return {
    add: (window) => void windows.add(window),
    list: open,
    byMainFrame: (frame) => open().find((window) => window.webContents.mainFrame === frame),
  };
}
