import { Document, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { LANGUAGES, type Language } from '../deck/deck';

/** One segment as the importer writes it. */
export interface SegmentEntry {
  readonly id: string;
  readonly text: Partial<Record<Language, string>>;
  /** What a person should check about this segment, one line each; empty when sure. */
  readonly checks: readonly string[];
  /** What keeps this segment off the screen until it is fixed, one line each (the content check's errors). */
  readonly errors?: readonly string[];
}

/**
 * The text of a `statement.yaml` for the segments, in the shape the organizers already
 * know from `content/statement.yaml`: each text on its own line after `en: >-` or
 * `ko: >-` (a text with line breaks of its own keeps them in a `|-` block), a blank line
 * between segments, `# error:` comments above the ones the show refuses until they are
 * fixed, and `# check:` comments above the ones to look at first. The `yaml`
 * library writes it, so no text can break the file however it is punctuated.
 */
export function statementYaml(segments: readonly SegmentEntry[], header: readonly string[]): string {
  const doc = new Document();
  const list = new YAMLSeq();
  segments.forEach((segment, index) => {
    const entry = new YAMLMap();
    entry.set('id', segment.id);
    for (const lang of LANGUAGES) {
      const text = segment.text[lang];
      if (text === undefined) continue;
      const scalar = new Scalar(text);
      scalar.type = text.includes('\n') ? Scalar.BLOCK_LITERAL : Scalar.BLOCK_FOLDED;
      entry.set(lang, scalar);
    }
    entry.spaceBefore = index > 0;
    const notes = [...(segment.errors ?? []).map((error) => ` error: ${error}`), ...segment.checks.map((check) => ` check: ${check}`)];
    if (notes.length > 0) entry.commentBefore = notes.join('\n');
    list.items.push(entry);
  });
  doc.contents = new YAMLMap();
  doc.contents.set('segments', list);
  doc.commentBefore = header.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
  return doc.toString({ lineWidth: 0 });
}
