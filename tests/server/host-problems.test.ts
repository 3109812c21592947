import { describe, expect, it } from 'vitest';
import { createHostProblems } from '../../server/host-problems';

describe('host problems', () => {
  it('lists the problems of every source, replacing a source as a whole, and tells listeners of changes only', () => {
    const problems = createHostProblems();
    const heard: (readonly string[])[] = [];
    problems.subscribe((list) => heard.push(list));
    problems.set('settings', ['settings.yaml:2: error: mode must be ...']);
    problems.set('display', ['display: no display is named like "LG"']);
    problems.set('display', ['display: no display is named like "LG"']);
    problems.set('display', []);
    expect(problems.list()).toEqual(['settings.yaml:2: error: mode must be ...']);
    expect(heard).toHaveLength(3);
  });
});
