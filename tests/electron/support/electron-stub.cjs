// A stand-in for the `electron` module, for running the built main bundle in plain Node
// (see main-bundle.test.ts). It records what main does, then, once main has started,
// plays the page: fetches the app page through the protocol handler and asks for the
// snapshot. It prints one JSON line with everything it saw, and exits.
const seen = [];
const handlers = new Map();
const ipcHandlers = new Map();
const windows = [];
let markReady;
const ready = new Promise((resolve) => (markReady = resolve));
// As under `electron .`: argv is [electron, app folder, ...flags], so main skips two.
process.defaultApp = true;

// As Electron's lib/browser/init.ts does before the app's code runs: its own listener, which
// shows the error box unless the app has one too. (Electron's Node runs with
// --unhandled-rejections=warn-with-error-code: main-bundle.test.ts passes it to this Node.)
const dialog = { showErrorBox: (title) => seen.push({ showErrorBox: title }) };
process.on('uncaughtException', () => {
  if (process.listenerCount('uncaughtException') > 1) return;
  void Promise.resolve().then(() => dialog.showErrorBox('A JavaScript error occurred in the main process'));
});

const report = () => process.stdout.write(`${JSON.stringify(seen)}\n`);

const app = {
  isPackaged: false,
  getAppPath: () => process.env.YEONDAE_STUB_APP_PATH,
  getPath: (name) => {
    if (name !== 'userData') throw new Error(`the stub knows no path ${name}`);
    return process.env.YEONDAE_STUB_USER_DATA;
  },
  // As in Electron 40 and later on Linux: Chromium has chosen its platform before main runs.
  commandLine: {
    hasSwitch: (name) => name === 'ozone-platform',
    getSwitchValue: (name) => (name === 'ozone-platform' ? (process.env.XDG_SESSION_TYPE === 'wayland' ? 'wayland' : 'x11') : ''),
    appendSwitch: (name, value) => seen.push({ appendSwitch: [name, value] }),
  },
  enableSandbox: () => seen.push('app.enableSandbox'),
  requestSingleInstanceLock: () => true,
  whenReady: () => ready,
  quit: () => seen.push('app.quit'),
  relaunch: (options) => seen.push({ 'app.relaunch': options ?? null }),
  exit: (code) => {
    seen.push(`app.exit(${code})`);
    report();
    process.exit(code);
  },
  on: () => app,
};

class BrowserWindow {
  constructor(options) {
    seen.push({ BrowserWindow: options });
    windows.push(this);
    this.webContents = {
      mainFrame: { url: 'app://yeondae/index.html' },
      send: () => undefined,
      isDestroyed: () => false,
      on: () => undefined,
      reload: () => undefined,
      isCrashed: () => false,
      isDevToolsOpened: () => false,
      forcefullyCrashRenderer: () => undefined,
    };
  }
  once() {}
  on() {}
  show() {}
  focus() {}
  close() {}
  isMinimized() { return false; }
  restore() {}
  setBounds() {}
  isDestroyed() { return false; }
  isFullScreen() { return true; }
  setFullScreen() {}
  loadURL(url) {
    seen.push({ loadURL: url });
    return Promise.resolve();
  }
}

const display = { id: 1, label: 'stub display', bounds: { x: 0, y: 0, width: 1280, height: 720 }, workArea: { x: 0, y: 0, width: 1280, height: 690 }, internal: true };

module.exports = {
  app,
  BrowserWindow,
  dialog,
  protocol: {
    registerSchemesAsPrivileged: (schemes) => seen.push({ registerSchemesAsPrivileged: schemes }),
    handle: (scheme, handler) => handlers.set(scheme, handler),
  },
  session: { defaultSession: { setPermissionRequestHandler: () => seen.push('setPermissionRequestHandler'), setPermissionCheckHandler: () => seen.push('setPermissionCheckHandler') } },
  ipcMain: { on: () => undefined, handle: (channel, handler) => ipcHandlers.set(channel, handler) },
  Menu: { setApplicationMenu: (menu) => seen.push({ setApplicationMenu: menu }) },
  screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display], on: () => undefined },
  powerMonitor: { on: () => undefined, off: () => undefined },
  powerSaveBlocker: {
    start: (type) => {
      seen.push({ powerSaveBlocker: type });
      return 1;
    },
    stop: () => undefined,
    isStarted: () => true,
  },
};

// Main's top level has run by the time this timer fires: only now does the app become ready.
setTimeout(async () => {
  seen.push('ready');
  markReady();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const response = await handlers.get('app')(new Request('app://yeondae/index.html'));
  seen.push({ response: { status: response.status, csp: response.headers.get('content-security-policy'), body: await response.text() } });
  const snapshot = await ipcHandlers.get('yeondae:show:get-snapshot')({ senderFrame: windows[0].webContents.mainFrame });
  seen.push({ snapshot: { slides: snapshot.deck.slides.length, state: { frame: snapshot.state.frame, blank: snapshot.state.blank, loop: snapshot.state.loop } } });
  if (process.env.YEONDAE_STUB_FAIL === 'once') {
    // Main fails the two ways nothing catches: an exception in a task, a rejection no one handles.
    setTimeout(() => {
      throw new Error('stub: thrown by a timer in main');
    }, 0);
    void Promise.reject(new Error('stub: rejected in main'));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (process.env.YEONDAE_STUB_FAIL === 'storm') {
    for (let time = 0; time < 20; time += 1) {
      setTimeout(() => {
        throw new Error('stub: a timer in main that fails every time');
      }, 0);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  report();
  process.exit(0);
}, 0);
