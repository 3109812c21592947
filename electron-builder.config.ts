// How `npm run package` packs the app: electron-builder's configuration. It is TypeScript
// (electron-builder loads it with jiti) so it is type-checked against electron-builder's own
// types, and it is not the default file name, so every command names it with --config.
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'electron-builder';
import { X11_SWITCH } from './common/host/display-server';
import { flipElectronFuses } from './tools/packaging/electron-fuses';

// The .deb is built by electron-builder's own deb target, whose fpm it would download at
// build time: tools/packaging/fpm builds the same package with the system's dpkg-deb, so
// `npm run package` needs no network (electron-builder reads CUSTOM_FPM_PATH, toolsets/linux.ts).
process.env.CUSTOM_FPM_PATH ??= fileURLToPath(new URL('tools/packaging/fpm', import.meta.url));

const config: Configuration = {
  appId: 'org.yeondae.app',
  productName: 'Yeondae',
  copyright: 'Yeondae',
  directories: { output: 'release', buildResources: 'build' },

  // Everything the app runs is bundled into dist/ by `npm run build` (all npm packages are
  // devDependencies), so the app needs no node_modules; `content/` is read at run time from
  // app.getAppPath()/content. Source maps are never built; the exclusion keeps one that
  // slipped in out of the package, where it would show the source to anyone.
  files: ['package.json', 'dist/electron/**', 'dist/renderer/**', 'content/**', '!**/*.map'],
  asar: true,
  // No native modules to rebuild: skipping the step keeps packaging offline and quick.
  npmRebuild: false,
  // The show runs offline and never updates itself: no update feed, no publishing.
  publish: null,
  // The app shows no Chromium UI text, so only the locales of its two languages are kept.
  electronLanguages: ['en', 'ko'],
  // Electron takes its Wayland app_id / X11 WM_CLASS from desktopName; with the .desktop
  // file named the same (syncDesktopName), docks and window managers link the two.
  extraMetadata: { desktopName: 'yeondae.desktop' },

  afterPack: (context) => flipElectronFuses(context),

  linux: {
    // The .deb only. No AppImage: on Ubuntu 24.04 and later AppArmor keeps Chromium from its
    // user-namespace sandbox and the setuid chrome-sandbox cannot work from the AppImage's
    // nosuid mount, so it stops before the app's code runs (electron/electron#42510); the
    // .deb's postinst sets chrome-sandbox up and installs an AppArmor profile. (Its tools
    // would also be downloaded at build time.)
    target: ['deb'],
    // A folder of NxN.png files is taken as the icon set, each installed under
    // /usr/share/icons/hicolor/NxN/apps/ (collectIconsFromDir in app-builder-lib's
    // util/iconConverter.js, FpmTarget.js). A single .png would be installed at its own size
    // only, and without linux.icon electron-builder would convert icon.icns with a tool it
    // downloads.
    icon: 'build/icons',
    category: 'Office',
    syncDesktopName: true,
    // The menu entry of the .deb starts it under X11 (XWayland on a
    // Wayland desktop), where windows can be placed on a chosen display. Chromium settles its
    // platform before the app's code runs (electron/electron#48301), so this saves the
    // relaunch the app would otherwise make for it (electron/x11-relaunch.ts).
    executableArgs: [X11_SWITCH],
    synopsis: 'A statement of solidarity with Palestine, in English and Korean',
    // A deb must name a maintainer; this stands in until the organizers name a contact.
    maintainer: 'Yeondae organizers <yeondae@invalid.example>',
  },
  win: {
    target: ['nsis', 'portable'],
    icon: 'build/icon.ico',
  },
  // The two Windows artifacts would otherwise differ only by the word "Setup".
  nsis: { artifactName: '${productName}-${version}-setup.${ext}' },
  portable: { artifactName: '${productName}-${version}-portable.${ext}' },
  mac: {
    target: ['dmg'],
    icon: 'build/icon.icns',
    category: 'public.app-category.productivity',
  },
};

export default config;
