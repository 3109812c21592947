/** What decides how Chromium talks to the Linux desktop, all known before Electron starts. */
export interface DisplayServerFacts {
  readonly platform: string;
  /** The command line after the executable, as given (`process.argv.slice(1)`): without Chromium's own additions. */
  readonly commandLine: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The switch that runs Chromium under X11 (XWayland on a Wayland desktop). */
export const X11_SWITCH = '--ozone-platform=x11';

/** The environment variable that lets Chromium choose for itself (native Wayland where there is one). */
export const NATIVE_WAYLAND_ENV = 'YEONDAE_NATIVE_WAYLAND';

/** A Chromium switch's value on `commandLine` (`--name=value`; `''` for a bare `--name`), the last one winning as in Chromium. */
export function switchValue(commandLine: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  for (const arg of commandLine) {
    if (arg === '--') break;
    const match = /^--?([^=]+)(?:=(.*))?$/s.exec(arg);
    if (match?.[1] === name) value = match[2] ?? '';
  }
  return value;
}

const isSet = (value: string | undefined): value is string => value !== undefined && value !== '';

/**
 * Why the person starting the app asked for Chromium's own choice, if they did: by
 * `YEONDAE_NATIVE_WAYLAND`, or by an ozone platform hint other than x11, on the command
 * line or in `ELECTRON_OZONE_PLATFORM_HINT` (which Electron itself stopped reading in 38,
 * docs/breaking-changes.md, but which still says what the person wants).
 */
function chromiumAskedFor(facts: DisplayServerFacts): string | undefined {
  const optOut = facts.env[NATIVE_WAYLAND_ENV];
  if (isSet(optOut) && optOut !== '0') return `${NATIVE_WAYLAND_ENV} is set`;
  const hint = switchValue(facts.commandLine, 'ozone-platform-hint') ?? facts.env.ELECTRON_OZONE_PLATFORM_HINT;
  if (isSet(hint) && hint !== 'x11') return `the ozone platform hint is ${hint}`;
  return undefined;
}

/**
 * Whether to run under X11 (XWayland on a Wayland desktop), and why, for the log.
 * Under native Wayland an app may neither place its windows on a chosen display nor keep
 * them there (docs/api/browser-window.md, "Platform notices"), which a show with a
 * projector and a presenter screen needs. X11 is only chosen where an X server answers
 * (`DISPLAY`); without one the app would not start.
 */
export function chooseDisplayServer(facts: DisplayServerFacts): { readonly forceX11: boolean; readonly reason: string } {
  if (facts.platform !== 'linux') return { forceX11: false, reason: 'not Linux' };
  const given = switchValue(facts.commandLine, 'ozone-platform');
  if (given !== undefined) return { forceX11: false, reason: `--ozone-platform=${given} was given` };
  const asked = chromiumAskedFor(facts);
  if (asked !== undefined) return { forceX11: false, reason: asked };
  if (!isSet(facts.env.DISPLAY)) return { forceX11: false, reason: 'no X server (DISPLAY is not set)' };
  const wayland = facts.env.XDG_SESSION_TYPE === 'wayland' || isSet(facts.env.WAYLAND_DISPLAY);
  return { forceX11: true, reason: wayland ? 'a Wayland session: XWayland lets the windows be placed on a chosen display' : 'an X11 session' };
}

/**
 * The switch to start Electron with, for a launcher that starts it (`npm start`): X11
 * where `chooseDisplayServer` wants it, else none. Chromium settles its platform before
 * the app's own code runs, so this is the way that costs no relaunch.
 */
export function ozoneSwitchForLaunch(facts: DisplayServerFacts): string | undefined {
  return chooseDisplayServer(facts).forceX11 ? X11_SWITCH : undefined;
}

/**
 * The switch for an entry that starts the app at login (XDG autostart): X11 unless the
 * person asked for Chromium's choice, or gave a platform of their own, which is kept. The
 * X server is not checked: the entry runs in a graphical session, later, not in this one.
 */
export function ozoneSwitchForLogin(facts: DisplayServerFacts): string | undefined {
  if (facts.platform !== 'linux') return undefined;
  const given = switchValue(facts.commandLine, 'ozone-platform');
  if (given !== undefined) return `--ozone-platform=${given}`;
  return chromiumAskedFor(facts) === undefined ? X11_SWITCH : undefined;
}

/** What the host does about the platform Chromium already chose (`inForce`, `''` if unknown). */
export function planDisplayServer(facts: DisplayServerFacts, inForce: string): { readonly relaunchUnderX11: boolean; readonly summary: string } {
  const choice = chooseDisplayServer(facts);
  if (!choice.forceX11) return { relaunchUnderX11: false, summary: `${isSet(inForce) ? inForce : "Chromium's choice"} (${choice.reason})` };
  if (inForce === 'x11') return { relaunchUnderX11: false, summary: `X11 (${choice.reason})` };
  return { relaunchUnderX11: true, summary: `Chromium chose ${isSet(inForce) ? inForce : 'its default'}: relaunching under X11 (${choice.reason})` };
}
