import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small content folder of three placeholder slides, for tests that edit content while the show runs. */
export function writeEditableContent(folder: string, statement = EDITABLE_STATEMENT): string {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'statement.yaml'), statement);
  return folder;
}

export const EDITABLE_STATEMENT = `segments:
  - id: one
    en: The first slide.
    ko: 첫 번째 슬라이드.
  - id: two
    en: The second slide.
    ko: 두 번째 슬라이드.
  - id: three
    en: The third slide.
    ko: 세 번째 슬라이드.
`;

/** Saves as editors that write a copy and rename it over the file do (vim, many IDEs). */
export function saveByRename(file: string, text: string): void {
  writeFileSync(`${file}.saving`, text);
  renameSync(`${file}.saving`, file);
}
