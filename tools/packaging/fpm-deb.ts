// electron-builder's deb target runs fpm (jordansissel/fpm), which it downloads at build
// time: impossible offline, and fpm is in no Debian or npm package. This is the part of fpm
// electron-builder uses for a .deb (`-s dir -t deb`, the flags of FpmTarget.executeFpm in
// app-builder-lib 26), built with the system's own dpkg-deb. electron-builder runs it through
// CUSTOM_FPM_PATH (electron-builder.config.ts). A flag it does not know stops the build.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const VALUED = new Set(['-s', '-t', '-d', '--deb-recommends', '--deb-compression', '--architecture', '--after-install', '--after-remove', '--description', '--version', '--package', '--name', '--maintainer', '--vendor', '--url', '--deb-priority', '--license', '--iteration', '--category']);

/** The flags and `source=destination` paths of one fpm command line. */
export function parseFpmArgs(args: readonly string[]): { readonly flags: Map<string, string[]>; readonly paths: [string, string][] } {
  const flags = new Map<string, string[]>();
  const paths: [string, string][] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--force') continue;
    if (VALUED.has(arg)) {
      const value = args[(index += 1)];
      if (value === undefined) throw new Error(`fpm-deb: ${arg} needs a value`);
      flags.set(arg, [...(flags.get(arg) ?? []), value]);
    } else if (arg.startsWith('-')) {
      throw new Error(`fpm-deb: unknown flag ${arg}`);
    } else {
      const split = arg.lastIndexOf('=');
      if (split <= 0) throw new Error(`fpm-deb: not source=destination: ${arg}`);
      paths.push([arg.slice(0, split).replace(/\/$/, ''), arg.slice(split + 1)]);
    }
  }
  const one = (flag: string): string | undefined => flags.get(flag)?.[0];
  if (one('-s') !== 'dir' || one('-t') !== 'deb') throw new Error('fpm-deb: only -s dir -t deb');
  return { flags, paths };
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Builds the .deb fpm would: the files, control, postinst/postrm and md5sums, packed by dpkg-deb with root as owner. */
export function buildDeb(args: readonly string[]): string {
  const { flags, paths } = parseFpmArgs(args);
  const one = (flag: string): string => {
    const value = flags.get(flag)?.[0];
    if (value === undefined) throw new Error(`fpm-deb: ${flag} is missing`);
    return value;
  };
  const root = mkdtempSync(join(tmpdir(), 'fpm-deb-'));
  try {
    for (const [source, destination] of paths) {
      const target = join(root, destination);
      mkdirSync(dirname(target), { recursive: true });
      // Symbolic links stay links and modes are kept (chrome-sandbox's is set by postinst).
      cpSync(source, target, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    }
    const files = filesUnder(root);
    const kib = Math.ceil(files.reduce((total, file) => total + statSync(file).size, 0) / 1024);
    const debian = join(root, 'DEBIAN');
    mkdirSync(debian);
    writeFileSync(join(debian, 'md5sums'), files.map((file) => `${createHash('md5').update(readFileSync(file)).digest('hex')}  ${relative(root, file)}\n`).join(''));
    const [summary = '', ...rest] = one('--description').split('\n');
    const version = flags.has('--iteration') ? `${one('--version')}-${one('--iteration')}` : one('--version');
    const fields: [string, string | undefined][] = [
      ['Package', one('--name')],
      ['Version', version],
      ['License', flags.get('--license')?.[0]],
      ['Vendor', flags.get('--vendor')?.[0]],
      ['Architecture', one('--architecture')],
      ['Maintainer', one('--maintainer')],
      ['Installed-Size', String(kib)],
      ['Depends', flags.get('-d')?.join(', ')],
      ['Recommends', flags.get('--deb-recommends')?.join(', ')],
      ['Section', flags.get('--category')?.[0] ?? 'default'],
      ['Priority', flags.get('--deb-priority')?.[0] ?? 'optional'],
      ['Homepage', flags.get('--url')?.[0]],
    ];
    const description = [`Description: ${summary}`, ...rest.map((line) => (line.trim() === '' ? ' .' : ` ${line.trim()}`))].join('\n');
    writeFileSync(join(debian, 'control'), `${fields.filter(([, value]) => value !== undefined && value !== '').map(([name, value]) => `${name}: ${value ?? ''}`).join('\n')}\n${description}\n`);
    // fpm writes the scripts as the maintainer scripts, as they are (fpm/package/deb.rb, write_scripts).
    for (const [flag, script] of [['--after-install', 'postinst'], ['--after-remove', 'postrm']] as const) {
      const source = flags.get(flag)?.[0];
      if (source === undefined) continue;
      writeFileSync(join(debian, script), readFileSync(source));
      chmodSync(join(debian, script), 0o755);
    }
    const output = one('--package');
    rmSync(output, { force: true });
    const compression = flags.get('--deb-compression')?.[0] ?? 'xz';
    execFileSync('dpkg-deb', [`-Z${compression}`, '--root-owner-group', '--build', root, output], { stdio: ['ignore', 'ignore', 'inherit'] });
    return output;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('fpm-deb.ts') === true) {
  try {
    console.log(`Created package {:path=>"${buildDeb(process.argv.slice(2))}"}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
