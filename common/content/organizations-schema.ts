import type { Organization } from '../deck/deck';
import { isRecord } from './is-record';
import { quote } from './quote';
import { unreadableText } from './readable-text';
import type { ErrorAt } from './statement-schema';
import type { YamlPath } from './yaml-file';

const ORGANIZATION_KEYS = ['name', 'link'] as const;

/**
 * Checks the `organizations:` list of a segment: only a segment of kind organizations
 * has one, and each entry needs a readable `name:` and may have a `link:`.
 */
export function checkOrganizations(
  raw: Record<string, unknown>,
  kind: unknown,
  label: string,
  error: ErrorAt,
): Organization[] | undefined {
  if (kind !== 'organizations') {
    if (raw.organizations !== undefined) {
      error(['organizations'], `${label}: \`organizations:\` belongs only to a segment of kind organizations`);
    }
    return undefined;
  }
  const list = raw.organizations ?? [];
  if (!Array.isArray(list)) {
    error(['organizations'], `${label}: \`organizations:\` must be a list (use [] while there is none)`);
    return undefined;
  }
  const organizations: Organization[] = [];
  list.forEach((entry: unknown, index: number) => {
    const at = (key: string[]): YamlPath => ['organizations', index, ...key];
    if (!isRecord(entry) || typeof entry.name !== 'string' || entry.name.trim() === '') {
      error(at([]), `${label}: organization ${index + 1} needs a \`name:\``);
      return;
    }
    const unreadable = unreadableText(entry.name) ?? (typeof entry.link === 'string' && entry.link.trim() !== '' ? unreadableText(entry.link) : undefined);
    if (unreadable !== undefined) {
      error(at([]), `${label}: organization ${index + 1} ${unreadable}`);
      return;
    }
    for (const key of Object.keys(entry)) {
      if (!(ORGANIZATION_KEYS as readonly string[]).includes(key)) {
        error(at([key]), `${label}: organization ${index + 1} has an unknown key ${quote(key)} (known keys: name, link)`);
      }
    }
    if (entry.link !== undefined && entry.link !== null && typeof entry.link !== 'string') {
      error(at(['link']), `${label}: the link of organization ${index + 1} must be text`);
      return;
    }
    const link = typeof entry.link === 'string' && entry.link.trim() !== '' ? entry.link.trim() : undefined;
    organizations.push({ name: entry.name.trim(), ...(link !== undefined ? { link } : {}) });
  });
  return organizations;
}
