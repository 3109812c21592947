import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHostProblems } from '../../server/host-problems';
import { networkProblems } from '../../server/network-problems';

describe('the problems list as controllers on the network see it', () => {
  it('names files relative to the content folder or the data folder, never by this computer’s paths', () => {
    const problems = createHostProblems();
    const content = join('/home', 'organizer', 'rally', 'content');
    const data = join('/home', 'organizer', '.config', 'Yeondae');
    problems.set('content', [`${join(content, 'statement.yaml')}:12: error: a segment too long to read`]);
    problems.set('settings', [`${join(data, 'settings.yaml')}:3: warning: mode must be one of …`, 'command line: warning: --lnag=ko']);
    const seen: (readonly string[])[] = [];
    const shown = networkProblems(problems, { content, data });
    shown.subscribe((list) => seen.push(list));
    expect(shown.list()).toEqual(['statement.yaml:12: error: a segment too long to read', `<data folder>${sep}settings.yaml:3: warning: mode must be one of …`, 'command line: warning: --lnag=ko']);
    problems.set('content', [`${join(content, 'settings.yaml')}:1: warning: x`]);
    expect(seen.at(-1)?.[0]).toBe('settings.yaml:1: warning: x');
    expect(JSON.stringify(shown.list())).not.toContain('/home/organizer');
  });
});
