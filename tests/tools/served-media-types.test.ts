import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVED_EXTENSIONS, servedMediaTypes } from '../../tools/served-media-types';
import { projectPath } from '../support/project-content';

// The database `send` itself reads (through mime-types), as installed.
const requireFromSend = createRequire(createRequire(projectPath('package.json')).resolve('send'));
const fullDb = requireFromSend('mime-db') as Record<string, { extensions?: string[] }>;
const typesWith = (db: Record<string, { extensions?: readonly string[] }>, extension: string): string[] =>
  Object.keys(db).filter((type) => db[type]?.extensions?.includes(extension) ?? false).sort();

describe('the media types the bundles carry', () => {
  it('has, for every ending served, exactly the types the full database has for it, so send answers the same Content-Type', () => {
    const subset = servedMediaTypes(fullDb);
    for (const extension of SERVED_EXTENSIONS) {
      expect(typesWith(fullDb, extension).length, extension).toBeGreaterThan(0);
      expect(typesWith(subset, extension), extension).toEqual(typesWith(fullDb, extension));
    }
    expect(Object.keys(subset).length).toBeLessThan(Object.keys(fullDb).length / 10);
  });

  it('covers every kind of file the renderer build writes', () => {
    const endings = new Set(readdirSync(projectPath('dist/renderer'), { recursive: true, encoding: 'utf8' }).map((file) => extname(file).slice(1)).filter((ending) => ending !== '' && ending !== 'map'));
    expect(endings.size).toBeGreaterThan(3);
    for (const ending of endings) expect(SERVED_EXTENSIONS as readonly string[], ending).toContain(ending);
  });
});
