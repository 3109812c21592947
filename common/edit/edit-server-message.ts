import { isRecord } from '../content/is-record';
import { parseJsonRecord, type ServerMessage } from '../network/protocol';
import { parseServerMessage } from '../network/server-message';
import { parseSegments, SAVE_REFUSALS, type EditorServerMessage } from './edit-protocol';

type LinkMessage = Extract<ServerMessage, { type: 'welcome' | 'refused' | 'pong' }>;

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * Reads a message from the server's editor socket, as the page trusts it: no more than it
 * must. A message of the wrong shape is dropped, and the page keeps what it has.
 */
export function parseEditorServerMessage(text: unknown): EditorServerMessage | LinkMessage | undefined {
  const value = typeof text === 'string' ? parseJsonRecord(text) : undefined;
  if (value === undefined) return undefined;
  switch (value.type) {
    case 'welcome':
    case 'refused':
    case 'pong': {
      const message = parseServerMessage(text);
      return message?.type === 'welcome' || message?.type === 'refused' || message?.type === 'pong' ? message : undefined;
    }
    case 'content':
      return isContent(value.content) ? (value as unknown as EditorServerMessage) : undefined;
    case 'saved':
      return typeof value.version === 'string' && (value.undone === undefined || value.undone === true) && (value.folder === undefined || typeof value.folder === 'string') ? (value as unknown as EditorServerMessage) : undefined;
    case 'saveRefused':
      return (SAVE_REFUSALS as readonly unknown[]).includes(value.reason) && Array.isArray(value.problems) && value.problems.every(isProblem) ? (value as unknown as EditorServerMessage) : undefined;
    default:
      return undefined;
  }
}

function isContent(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.version === 'string' &&
    typeof value.folder === 'string' &&
    (value.readOnly === undefined || typeof value.readOnly === 'string') &&
    (value.segments === undefined || parseSegments(value.segments) !== undefined) &&
    isRecord(value.settings) &&
    (value.source === undefined || typeof value.source === 'string') &&
    isStringList(value.fileProblems) &&
    Number.isSafeInteger(value.history)
  );
}

function isProblem(value: unknown): boolean {
  return (
    isRecord(value) &&
    (value.severity === 'error' || value.severity === 'warning') &&
    typeof value.message === 'string' &&
    (value.segment === undefined || Number.isSafeInteger(value.segment)) &&
    (value.field === undefined || typeof value.field === 'string')
  );
}
