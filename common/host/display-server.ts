/** What decides how Chromium talks to the Linux desktop. */
export interface DisplayServerFacts {
  readonly platform: string;
  /** Whether `--ozone-platform` was given on the command line. */
  readonly ozoneGiven: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The environment variable that lets Chromium choose for itself (native Wayland where there is one). */
export const NATIVE_WAYLAND_ENV = 'YEONDAE_NATIVE_WAYLAND';

/**
 * Whether to run under X11 (XWayland on a Wayland desktop), and why, for the log.
 * Under native Wayland an app may neither place its windows on a chosen display nor
 * keep them there, which a show with a projector and a presenter screen needs. X11 is
 * only chosen where an X server answers (`DISPLAY`); without one it would not start.
 */
export function chooseDisplayServer(facts: DisplayServerFacts): { readonly forceX11: boolean; readonly reason: string } {
  if (facts.platform !== 'linux') return { forceX11: false, reason: 'not Linux' };
  if (facts.ozoneGiven) return { forceX11: false, reason: '--ozone-platform was given' };
  const optOut = facts.env[NATIVE_WAYLAND_ENV];
  if (optOut !== undefined && optOut !== '' && optOut !== '0') return { forceX11: false, reason: `${NATIVE_WAYLAND_ENV} is set` };
  if (facts.env.DISPLAY === undefined || facts.env.DISPLAY === '') return { forceX11: false, reason: 'no X server (DISPLAY is not set)' };
  return { forceX11: true, reason: 'windows can be placed on a chosen display under X11 and XWayland' };
}
