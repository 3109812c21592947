import { useState } from 'react';
import { LANGUAGES, type Language } from '../../common/deck/deck';
import type { EditedSegment } from '../../common/edit/edited-content';
import { editableSegments } from '../../common/edit/editable-segments';
import { importStatement } from '../../common/import/import-statement';
import { parseDocument } from 'yaml';
import type { EditLabels } from './edit-labels';

/** A statement the importer proposed, as the page holds it until it is saved. */
export interface PageImport {
  readonly segments: readonly EditedSegment[];
  /** The importer's `statement.yaml`: its header and `check:` notes are kept in the file saved. */
  readonly template: string;
  /** Both texts as pasted, English first: the new `source/statement.txt`. */
  readonly source: string;
  /** What to check about a segment, by the id the importer gave it. */
  readonly checks: ReadonlyMap<string, readonly string[]>;
}

/**
 * Paste two texts (or open two files) and have them proposed as segments, by the same
 * importer as `npm run import`, here in the page: nothing is sent or saved until the
 * person saves. What the importer refuses is said in its own words.
 */
export function ImportPanel({ labels, onImported }: { readonly labels: EditLabels; readonly onImported: (imported: PageImport) => void }) {
  const [texts, setTexts] = useState<Record<Language, string>>({ en: '', ko: '' });
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [open, setOpen] = useState(false);
  const name = (lang: Language): string => (lang === 'en' ? labels.english : labels.korean);
  const propose = (): void => {
    const result = importStatement(texts);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    const segments = editableSegments(parseDocument(result.imported.statementYaml).toJS());
    if (segments === undefined) {
      setErrors(['the importer wrote a file the page cannot read back']);
      return;
    }
    setErrors([]);
    // Folded away: the proposed segments are in the table below, to check and fix.
    setOpen(false);
    onImported({ segments, template: result.imported.statementYaml, source: result.imported.sourceText, checks: result.imported.checks });
  };
  return (
    <details className="edit-import" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{labels.importTitle}</summary>
      <p>{labels.importHint}</p>
      <div className="edit-texts">
        {LANGUAGES.map((lang) => (
          <div key={lang} className="edit-text">
            <label>
              <span className="edit-text-label">{labels.pasteText(name(lang))}</span>
              <textarea lang={lang} value={texts[lang]} spellCheck={false} data-testid={`import-${lang}`} onChange={(event) => setTexts({ ...texts, [lang]: event.target.value })} />
            </label>
            <label className="edit-field">
              {labels.openFile(name(lang))}
              <input
                type="file"
                accept=".txt,text/plain"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  // Read as UTF-8 strictly: a file in another encoding is refused, never shown as �.
                  void file
                    ?.arrayBuffer()
                    .then((bytes) => setTexts((now) => ({ ...now, [lang]: new TextDecoder('utf-8', { fatal: true }).decode(bytes) })))
                    .catch(() => setErrors([`${file.name}: not UTF-8 text; save it as UTF-8 and open it again`]));
                }}
              />
            </label>
          </div>
        ))}
      </div>
      <button type="button" onClick={propose} disabled={texts.en.trim() === '' || texts.ko.trim() === ''}>
        {labels.propose}
      </button>
      {errors.length > 0 && (
        <div className="edit-banner" role="alert">
          <p>{labels.importFailed}</p>
          <ul lang="en">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}
