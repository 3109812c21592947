// The Electron fuses the packaged app ships with, and the electron-builder hook that flips
// them. Fuses are bits compiled into the Electron binary; flipping them turns features off
// (or on) for good in that binary, whatever the command line or the environment says.
import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';

/**
 * The fuses of every packaged build: the one place they are set (a unit test pins them).
 *
 * - RunAsNode off: `ELECTRON_RUN_AS_NODE=1 Yeondae` cannot turn the app into a plain Node.
 * - EnableNodeOptionsEnvironmentVariable off: `NODE_OPTIONS` (e.g. `--require`) is ignored.
 * - EnableNodeCliInspectArguments off: `--inspect` and friends cannot attach a debugger.
 * - EnableEmbeddedAsarIntegrityValidation on: Electron refuses an `app.asar` whose hash does
 *   not match the one electron-builder embeds (macOS and Windows; Electron has no Linux support).
 * - OnlyLoadAppFromAsar on: Electron loads the app only from `app.asar`, so a loose `app/`
 *   folder dropped beside it cannot replace the show.
 * - EnableCookieEncryption off, on purpose: the show keeps no cookies or secrets, and the fuse
 *   makes Chromium fetch its key from the OS keychain or keyring. On a kiosk that logs in by
 *   itself the keyring is still locked, and asking for it can put an unlock dialog in front of
 *   the show. Turning it on later is possible (Chromium encrypts on the next write).
 *
 * - GrantFileProtocolExtraPrivileges off: pages load through the `app://` protocol, never
 *   `file://`, so `file://` gets no privileges beyond a web page's.
 *
 * Fuses not named here keep Electron's defaults.
 */
export const ELECTRON_FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const satisfies FuseV1Config;

/** What @electron/fuses says about a binary that has no fuse wire at all. */
const NO_FUSE_WIRE = /could not find sentinel/i;

/** The log line of a build whose Electron binary is a stand-in (see `flipElectronFuses`). */
export const STAND_IN_NOTICE = 'stand-in Electron binary: fuses not flipped';

/**
 * electron-builder's `afterPack` hook: flips `ELECTRON_FUSES` in the packed Electron binary,
 * through `packager.addElectronFuses`, so the binary is found by electron-builder's own rule
 * for each platform. It runs before electron-builder signs the app, as it must: flipping a
 * fuse changes the binary.
 *
 * The config's own `electronFuses` key would do the flipping too, but it fails the build on
 * a binary without a fuse wire, and the tests package against a stand-in Electron (a small
 * placeholder file: no real binary can be downloaded there). Such a binary is reported with
 * `STAND_IN_NOTICE` and left alone; every other failure, on a real binary, fails the build.
 */
export async function flipElectronFuses(context: AfterPackContext, log: (message: string) => void = console.log): Promise<void> {
  // Flipping breaks the ad-hoc signature of an unsigned macOS (arm64) app; re-sign it ad hoc.
  // A real signing identity, when there is one, signs again after this hook.
  const fuses = { ...ELECTRON_FUSES, resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' };
  try {
    const wires = await context.packager.addElectronFuses(context, fuses);
    log(`fuses flipped in ${wires} fuse wire(s) of the Electron binary`);
  } catch (error) {
    if (!NO_FUSE_WIRE.test(error instanceof Error ? error.message : String(error))) throw error;
    log(STAND_IN_NOTICE);
  }
}
