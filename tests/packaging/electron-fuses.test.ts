import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, type FuseConfig } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { ELECTRON_FUSES, flipElectronFuses, STAND_IN_NOTICE } from '../../tools/packaging/electron-fuses';
import { FUSE_SENTINEL, fuseWire } from '../../tools/packaging/stand-in-electron';
import { useScratchFolders } from '../support/scratch-folders';

const scratch = useScratchFolders('yeondae-fuses-');

/**
 * An afterPack context for `platform` whose packager flips the fuses of `binary` with the
 * real @electron/fuses, as electron-builder's `addElectronFuses` does, and records the config.
 */
function contextFor(binary: string, platform = 'linux'): { context: AfterPackContext; configs: FuseConfig[] } {
  const configs: FuseConfig[] = [];
  const packager = {
    addElectronFuses: (_context: AfterPackContext, fuses: FuseConfig) => {
      configs.push(fuses);
      return flipFuses(binary, fuses);
    },
  };
  return { context: { electronPlatformName: platform, packager } as unknown as AfterPackContext, configs };
}

function writeBinary(name: string, content: Buffer): string {
  const path = join(scratch(), name);
  writeFileSync(path, Buffer.concat([Buffer.from('binary before the wire\n'), content, Buffer.from('\nand after')]));
  return path;
}

describe('ELECTRON_FUSES', () => {
  it('turns off running as Node, NODE_OPTIONS, --inspect and cookie encryption, and turns on the asar checks', () => {
    expect(ELECTRON_FUSES).toStrictEqual({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });
});

describe('flipElectronFuses', () => {
  it('flips the fuses in a binary that has a fuse wire', async () => {
    const binary = writeBinary('electron-real', fuseWire('10110001'));
    const logged: string[] = [];
    await flipElectronFuses(contextFor(binary).context, (message) => logged.push(message));
    expect(readFileSync(binary).toString('latin1')).toContain(`${FUSE_SENTINEL}\u0001\u000800001100`);
    expect(logged).toEqual(['fuses flipped in 1 fuse wire(s) of the Electron binary']);
  });

  it('re-signs ad hoc after flipping on macOS only', async () => {
    const linux = contextFor(writeBinary('electron-linux', fuseWire()));
    const mac = contextFor(writeBinary('electron-mac', fuseWire()), 'darwin');
    await flipElectronFuses(linux.context, () => undefined);
    await flipElectronFuses(mac.context, () => undefined);
    expect(linux.configs).toEqual([{ ...ELECTRON_FUSES, resetAdHocDarwinSignature: false }]);
    expect(mac.configs).toEqual([{ ...ELECTRON_FUSES, resetAdHocDarwinSignature: true }]);
  });

  it('leaves a stand-in binary without a fuse wire alone, and says so', async () => {
    const binary = writeBinary('electron-stand-in', Buffer.from('#!/bin/sh\nexit 1\n'));
    const before = readFileSync(binary);
    const logged: string[] = [];
    await flipElectronFuses(contextFor(binary).context, (message) => logged.push(message));
    expect(logged).toEqual([STAND_IN_NOTICE]);
    expect(readFileSync(binary)).toEqual(before);
  });

  it('fails the build when a binary with a fuse wire cannot be flipped', async () => {
    const binary = writeBinary('electron-future', fuseWire('10110001', 2));
    await expect(flipElectronFuses(contextFor(binary).context, () => undefined)).rejects.toThrow(/fuse wire version/);
  });

  it('fails the build when there is no binary at all', async () => {
    await expect(flipElectronFuses(contextFor(join(scratch(), 'missing')).context, () => undefined)).rejects.toThrow(/ENOENT/);
  });
});
