import type { Settings } from '../../common/settings/settings';
import type { ExportRequest } from './export-args';

/**
 * The settings the export shows the content with: the content's own, with the mode and
 * the order of the languages the export asks for.
 */
export function exportSettings(settings: Settings, request: ExportRequest): Settings {
  return { ...settings, ...(request.mode === undefined ? {} : { mode: request.mode }), ...(request.languages === undefined ? {} : { languages: request.languages }) };
}
