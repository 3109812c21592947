import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Writes a page that takes the arrow keys and does nothing with them into a temporary
 * folder and returns the folder. Measured with the same quick presses as the shows, it is
 * the method's own floor on this machine, in the same run: the browser's work to deliver
 * each press and the frame the measurement waits for, with no page work at all.
 */
export function writeKeyFloorPage(): string {
  const folder = mkdtempSync(join(tmpdir(), 'yeondae-key-floor-'));
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Keys only</title></head><body><p>Keys only</p><script>let presses = 0; addEventListener('keydown', () => { presses += 1; }); document.body.dataset.ready = 'true';</script></body></html>`,
  );
  return folder;
}
