import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyContentFolder } from '../../support/content-copy';
import { projectPath } from '../../support/project-content';

/** The read-along slide the tests place in the statement, after its first paragraph; its heading is the test's, not the organizers'. */
export const READ_ALONG_SLIDE = { id: 'read-along', en: 'Read along on your phone', ko: '휴대폰으로 함께 읽어요' } as const;

/** Made-up organizations (example domains, RFC 2606): web addresses, a bare domain and a handle. */
export const EXAMPLE_ORGANIZATIONS = [
  { name: 'Example Solidarity Network', link: 'https://example.org/solidarity' },
  { name: 'Sample Mutual Aid', link: 'example.net/aid' },
  { name: 'Placeholder Collective', link: '@placeholder_collective' },
] as const;

/**
 * The app's own content copied into `folder`, with a read-along slide after segment 1c,
 * the organizations list filled, and `settings` added to its settings (e.g.
 * `readAlongBadge: corner`). The statement's words are the app's content, untouched.
 * Returns the folder.
 */
export function writeReadAlongContent(folder: string, settings = ''): string {
  const content = projectPath('content');
  const statement = readFileSync(join(content, 'statement.yaml'), 'utf8');
  const slide = `  - id: ${READ_ALONG_SLIDE.id}\n    kind: read-along\n    en: >-\n      ${READ_ALONG_SLIDE.en}\n    ko: >-\n      ${READ_ALONG_SLIDE.ko}\n\n`;
  const list = EXAMPLE_ORGANIZATIONS.map((organization) => `      - name: ${JSON.stringify(organization.name)}\n        link: ${JSON.stringify(organization.link)}\n`).join('');
  const at = statement.indexOf('  - id: 2a\n');
  if (at < 0 || !statement.includes('    organizations: []\n')) throw new Error('content/statement.yaml is not laid out as this fixture expects');
  const edited = `${statement.slice(0, at)}${slide}${statement.slice(at)}`.replace('    organizations: []\n', `    organizations:\n${list}`);
  const ownSettings = readFileSync(join(content, 'settings.yaml'), 'utf8');
  return copyContentFolder(content, folder, { 'statement.yaml': edited, 'settings.yaml': `${ownSettings}\n${settings}\n` });
}
