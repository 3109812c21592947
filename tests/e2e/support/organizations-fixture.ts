import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Organization } from '../../../common/deck/deck';
import { copyContentFolder } from '../../support/content-copy';
import { projectPath } from '../../support/project-content';

/** The content folder with the sample list of organizations (a URL, a bare domain, a handle, no link). */
export const ORGANIZATIONS_FIXTURE = projectPath('tests/e2e/fixtures/organizations-content');

/**
 * `count` made-up organizations (example domains, RFC 2606), with names of the lengths
 * real ones have and every kind of link: a URL, a bare domain, a handle, none.
 */
export function sampleOrganizations(count: number): Organization[] {
  const names = ['Sample Solidarity Network', 'Example Mutual Aid Group', 'Placeholder Collective', 'Test Reading Circle for Justice'];
  return Array.from({ length: count }, (_, index) => {
    const name = `${names[index % names.length] ?? ''} ${index + 1}`;
    const links = [`https://example.org/group-${index + 1}`, `example.net/aid/${index + 1}`, `@placeholder_${index + 1}`, undefined];
    const link = links[index % links.length];
    return link === undefined ? { name } : { name, link };
  });
}

/** A copy of the fixture in `folder` with its list replaced by `organizations`; returns the folder. */
export function writeOrganizationsContent(folder: string, organizations: readonly Organization[]): string {
  const statement = readFileSync(join(ORGANIZATIONS_FIXTURE, 'statement.yaml'), 'utf8');
  const list = organizations
    .map((organization) => `      - name: ${JSON.stringify(organization.name)}\n${organization.link === undefined ? '' : `        link: ${JSON.stringify(organization.link)}\n`}`)
    .join('');
  const start = statement.indexOf('    organizations:\n');
  if (start < 0) throw new Error('the fixture has no list of organizations');
  return copyContentFolder(ORGANIZATIONS_FIXTURE, folder, { 'statement.yaml': `${statement.slice(0, start)}    organizations:\n${list}` });
}
