import { Document, isMap, isScalar, parseDocument, type Pair } from 'yaml';
import type { EditableSetting } from './edited-content';

/**
 * The text of `settings.yaml` with `changes` set. Only the changed values' own characters
 * are replaced, found by their place in the parsed file: every comment, blank line and the
 * way the rest is written (`languages: [en, ko]`) stay byte for byte. A setting not in the
 * file yet is added at its end. The result is read back, and a change that would not read
 * back as given is an error thrown here (the save is refused).
 */
export function rewriteSettings(original: string | undefined, changes: Partial<Record<EditableSetting, unknown>>): string {
  const text = original ?? '';
  const doc = parseDocument(text);
  const map = isMap(doc.contents) ? doc.contents : undefined;
  if (map === undefined && doc.contents !== null && text.trim() !== '') throw new Error('settings.yaml is not a list of `name: value` lines; fix it in a text editor first');
  const replacements: { readonly start: number; readonly end: number; readonly text: string }[] = [];
  const added: string[] = [];
  for (const [key, value] of Object.entries(changes)) {
    const pair = map?.items.find((item: Pair) => isScalar(item.key) && item.key.value === key);
    const range = (pair?.value as { range?: [number, number, number] } | null | undefined)?.range;
    if (pair !== undefined && range !== undefined) {
      if (JSON.stringify(map?.toJSON()?.[key]) !== JSON.stringify(value)) replacements.push({ start: range[0], end: range[1], text: valueText(value) });
    } else added.push(`${key}: ${valueText(value)}`);
  }
  let result = text;
  for (const { start, end, text: replacement } of replacements.sort((a, b) => b.start - a.start)) result = `${result.slice(0, start)}${replacement}${result.slice(end)}`;
  if (added.length > 0) result = `${result}${result === '' || result.endsWith('\n') ? '' : '\n'}${added.join('\n')}\n`;
  const back = parseDocument(result).toJS() as Record<string, unknown> | null;
  for (const [key, value] of Object.entries(changes)) {
    if (JSON.stringify(back?.[key]) !== JSON.stringify(value)) throw new Error(`the setting ${key} would not read back as chosen; nothing was written`);
  }
  return result;
}

/** A value as it is written on one line: a word, a quoted colour, `[ko, en]`, `{ en: 13, ko: 9 }`. */
function valueText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(valueText).join(', ')}]`;
  if (typeof value === 'object' && value !== null) return `{ ${Object.entries(value).map(([key, inner]) => `${key}: ${valueText(inner)}`).join(', ')} }`;
  return new Document(value).toString({ lineWidth: 0 }).trimEnd();
}
