import { isLanguage, type Language } from '../deck/deck';
import { isRecord } from '../content/is-record';

/** Everything a view, a key or a remote can ask of the show. */
export type ShowCommand =
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'first' }
  | { readonly type: 'last' }
  | { readonly type: 'goToFrame'; readonly frame: number }
  | { readonly type: 'goToSlide'; readonly slideId: string; readonly lang?: Language }
  | { readonly type: 'toggleBlank' }
  | { readonly type: 'unblank' };

const SIMPLE_COMMANDS = ['next', 'previous', 'first', 'last', 'toggleBlank', 'unblank'] as const;

/**
 * Accepts a value from outside (another process, another tab, a URL) only when it is a
 * well-formed command, so that a bad message can never put the show into a bad state.
 */
export function parseShowCommand(value: unknown): ShowCommand | undefined {
  if (!isRecord(value) || typeof value.type !== 'string') return undefined;
  const keys = Object.keys(value);
  if ((SIMPLE_COMMANDS as readonly string[]).includes(value.type)) {
    return keys.length === 1 ? ({ type: value.type } as ShowCommand) : undefined;
  }
  if (value.type === 'goToFrame') {
    const valid = keys.length === 2 && Number.isSafeInteger(value.frame) && (value.frame as number) >= 0;
    return valid ? { type: 'goToFrame', frame: value.frame as number } : undefined;
  }
  if (value.type === 'goToSlide') {
    const langOk = value.lang === undefined || isLanguage(value.lang);
    const valid =
      typeof value.slideId === 'string' && value.slideId.length <= 200 && langOk &&
      keys.every((key) => key === 'type' || key === 'slideId' || key === 'lang');
    if (!valid) return undefined;
    return { type: 'goToSlide', slideId: value.slideId as string, ...(isLanguage(value.lang) ? { lang: value.lang } : {}) };
  }
  return undefined;
}
