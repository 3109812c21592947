import { describe, expect, afterEach, it } from 'vitest';
import { IPC } from '../../common/ipc/contract';
import type { ShowSnapshot } from '../../common/show/show-store';
import { FakeWebContents, LAPTOP_SCREEN, PROJECTOR } from './support/fake-electron';
import { cleanUpHosts, readyHost, startHost } from './support/host-harness';
import { TINY_CONTENT } from '../support/tiny-deck';

afterEach(cleanUpHosts);

const BOTH = { displays: [LAPTOP_SCREEN, PROJECTOR], primaryId: LAPTOP_SCREEN.id };
const GNOME_WAYLAND = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' };

describe('host', () => {
  it('registers the app scheme and enables the sandbox before the app is ready', async () => {
    const { app, created, running } = startHost();
    await Promise.resolve();
    expect(app.calls).toEqual(['registerSchemesAsPrivileged', 'enableSandbox']);
    expect(created).toEqual([]);
    app.becomeReady();
    await running;
    expect(app.calls.slice(0, 3)).toEqual(['registerSchemesAsPrivileged', 'enableSandbox', 'ready']);
  });

  it('--help prints every flag into a pipe (yeondae --help | less), and exits 0 only once it is written, before doing anything else', async () => {
    const { app, stdout, running, created } = startHost({ argv: ['--help'] });
    await expect(running).resolves.toBeUndefined();
    // Before ready, app.exit() ends the process at once: whatever the pipe had not taken is lost.
    expect(stdout.received).toMatch(/^Usage: yeondae \[flags\]/);
    expect(stdout.received).toContain('--display WHICH');
    expect([app.calls, app.ended]).toEqual([['exit(0)'], 0]);
    expect(created).toEqual([]);
  });

  it('on a Wayland desktop, where Chromium has already chosen Wayland before main runs (electron#48301), relaunches once under X11 before ready', async () => {
    const { app, running, created, log } = startHost({ env: GNOME_WAYLAND, argv: ['--loop'] });
    expect(app.ozonePlatform).toBe('wayland');
    await expect(running).resolves.toBeUndefined();
    expect(app.relaunches).toEqual([{ execPath: '/opt/Yeondae/yeondae', args: ['--loop', '--ozone-platform=x11'], starts: true }]);
    expect(app.calls).toEqual(['relaunch', 'exit(0)']);
    expect(created).toEqual([]);
    expect(log.lines).toEqual(['info: display server: Chromium chose wayland: relaunching under X11 (a Wayland session: XWayland lets the windows be placed on a chosen display)']);
    const again = startHost({ env: GNOME_WAYLAND, argv: app.relaunches[0]?.args as string[] });
    expect(again.app.ozonePlatform).toBe('x11');
    expect(again.app.calls).toEqual(['registerSchemesAsPrivileged', 'enableSandbox']);
  });

  it('runs as it is where Chromium already chose X11, where --ozone-platform or native Wayland was asked for, and off Linux', async () => {
    const x11 = startHost({ env: { DISPLAY: ':0', XDG_SESSION_TYPE: 'x11' } });
    const given = startHost({ argv: ['--ozone-platform=wayland'], env: GNOME_WAYLAND });
    const optedOut = startHost({ env: { ...GNOME_WAYLAND, YEONDAE_NATIVE_WAYLAND: '1' } });
    const windows = startHost({ platform: 'win32', env: {} });
    await Promise.resolve();
    for (const host of [x11, given, optedOut, windows]) expect(host.app.calls).toEqual(['registerSchemesAsPrivileged', 'enableSandbox']);
    expect(x11.log.lines).toContain('info: display server: X11 (an X11 session)');
    expect(given.log.lines).toContain('info: display server: wayland (--ozone-platform=wayland was given)');
    expect(optedOut.log.lines).toContain('info: display server: wayland (YEONDAE_NATIVE_WAYLAND is set)');
    expect(windows.log.lines.filter((line) => line.includes('display server'))).toEqual([]);
  });

  it('quits without opening a window when another instance already runs', async () => {
    const { app, created, running } = startHost({ hasLock: false });
    app.becomeReady();
    await expect(running).resolves.toBeUndefined();
    expect(app.calls).toContain('quit');
    expect(created).toEqual([]);
  });

  it('once ready, serves the built renderer, denies permissions and removes the menu', async () => {
    const { protocol, session, app } = await readyHost();
    const response = await protocol.handlers.get('app')?.(new Request('app://yeondae/index.html'));
    expect(await response?.text()).toBe('<!doctype html>');
    const answers: boolean[] = [];
    session.defaultSession.requestHandler?.({}, 'media', (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(app.calls).toContain('setApplicationMenu(null)');
  });

  it('opens one window on one display, with the preload next to main', async () => {
    const { created, audience } = await readyHost();
    expect(created).toEqual([audience]);
    expect(audience.options?.webPreferences.preload).toBe('/app/dist/electron/preload.cjs');
    expect(audience.loadedUrl).toBe('app://yeondae/index.html');
  });

  it('keeps every web contents the app creates on the app', async () => {
    const { app } = await readyHost();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.attempt('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('runs one show from the content folder: a command from the window comes back to it as a snapshot', async () => {
    const { ipcMain, audience } = await readyHost();
    const first = (await ipcMain.invoke(audience.webContents.mainFrame, IPC.getSnapshot)) as ShowSnapshot;
    expect(first.deck.slides.length).toBeGreaterThan(TINY_CONTENT.deck.slides.length);
    ipcMain.send(audience.webContents.mainFrame, IPC.command, { type: 'next' });
    const sent = audience.webContents.sent.filter((message) => message.channel === IPC.snapshot);
    expect(sent.map(({ args }) => (args[0] as ShowSnapshot).state)).toMatchObject([{ frame: 1, blank: false }]);
  });

  it('runs the content built in when the content folder is broken, logs why and lists it as a problem', async () => {
    const { ipcMain, audience, log, show } = await readyHost({ withContent: false });
    const snapshot = (await ipcMain.invoke(audience.webContents.mainFrame, IPC.getSnapshot)) as ShowSnapshot;
    expect(snapshot.deck).toEqual(TINY_CONTENT.deck);
    expect(log.lines.some((line) => line.includes('showing the content from the last build instead'))).toBe(true);
    expect(show.problems.list().at(-1)).toMatch(/showing the content from the last build instead$/);
  });

  it('runs the show when a settings file names a setting like object machinery, listing it as a problem', async () => {
    const { audience, show } = await readyHost({ contentSettings: '__proto__: 1\nconstructor: 1\nmode: stacked\n', userSettings: 'toString: 1\n' });
    expect(audience.loadedUrl).toBe('app://yeondae/index.html');
    expect(show.store.getSnapshot().settings.mode).toBe('stacked');
    const listed = show.problems.list().join('\n');
    for (const name of ['__proto__', 'constructor', 'toString']) expect(listed).toContain(`unknown setting "${name}"`);
  });

  it('reads the content from --content instead of the app folder', async () => {
    const { show } = await readyHost({ withContent: false, argv: ['--content', 'content'] });
    expect(show.store.getSnapshot().deck.slides.length).toBeGreaterThan(TINY_CONTENT.deck.slides.length);
    expect(show.problems.list().filter((line) => line.includes('error'))).toEqual([]);
  });

  it('says a misspelt flag was passed to Chromium, in the log and with the problems, and runs the show', async () => {
    const { show, log } = await readyHost({ argv: ['--lnag=ko', '--ozone-platform=x11'] });
    const notice = 'unknown flag --lnag=ko, passed to Chromium: did you mean --lang? (see --help)';
    expect(show.problems.list()).toContain(notice);
    expect(log.lines).toContain(`warn: ${notice}`);
    expect(log.lines).toContain('info: passed to Chromium: --lnag=ko --ozone-platform=x11');
    expect(show.store.getSnapshot().settings.languages).toEqual(['en', 'ko']);
  });

  it('brings its windows to the front when a second instance starts', async () => {
    const { app, audience, log } = await readyHost();
    audience.minimized = true;
    app.emit('second-instance');
    expect([audience.minimized, audience.focused]).toEqual([false, true]);
    expect(log.lines).toContain('info: Yeondae was launched again: bringing the show forward');
  });

  it('keeps the displays awake while the show runs, and lets them sleep once it quits', async () => {
    const { app, powerSaveBlocker } = await readyHost();
    expect([...powerSaveBlocker.started.values()]).toEqual(['prevent-display-sleep']);
    app.quit();
    expect(powerSaveBlocker.started.size).toBe(0);
  });

  it('logs the system going to sleep or locking its screen despite the keep-awake, which Electron cannot confirm, and stops listening once it quits', async () => {
    const { app, powerMonitor, powerSaveBlocker, log } = await readyHost();
    // Electron's isStarted only looks in its own map: true whatever the system did.
    expect([...powerSaveBlocker.started.keys()].map((id) => powerSaveBlocker.isStarted(id))).toEqual([true]);
    for (const event of ['lock-screen', 'unlock-screen', 'suspend', 'resume']) powerMonitor.emit(event);
    expect(log.lines.filter((line) => /sleep|woke|lock/.test(line))).toEqual([
      'warn: the system is locking its screen over the show; check its screen lock settings (README: Keep the screens on)',
      'info: the screen was unlocked',
      'warn: the system is going to sleep: the screens are dark until it wakes; check its power settings (README: Keep the screens on)',
      'info: the system woke up: the show goes on',
    ]);
    app.quit();
    expect(powerMonitor.eventNames()).toEqual([]);
  });

  it('quits once its last window has closed, and when a person closes the audience window', async () => {
    const first = await readyHost(BOTH);
    const firstQuits = new Promise((resolve) => first.app.once('quit', resolve));
    for (const window of first.created) window.close();
    await firstQuits;
    expect([first.app.ended, first.created.every((window) => window.destroyed)]).toEqual([0, true]);
    const second = await readyHost(BOTH);
    const [presenter] = second.presenterWindows();
    await new Promise((resolve) => {
      presenter?.once('closed', resolve);
      presenter?.close();
    });
    expect(second.app.quitting).toBe(false);
    const secondQuits = new Promise((resolve) => second.app.once('quit', resolve));
    second.audience.close();
    await secondQuits;
    expect(second.log.lines).toContain('info: the audience window was closed: ending the show');
  });
});
