import { isShownAnnouncement, isWrittenAnnouncementList } from '../announcements/shown-announcement';
import { isRecord } from '../content/is-record';
import type { Deck } from '../deck/deck';
import type { ShowState } from '../show/show-state';
import { isAddressText, isCapability, parseJsonRecord, REFUSALS, type NetworkInfo, type Refusal, type ServerMessage } from './protocol';

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isIndex = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

function isShowState(value: unknown): value is ShowState {
  return (
    isRecord(value) &&
    isIndex(value.frame) &&
    typeof value.blank === 'boolean' &&
    isIndex(value.langTurn) &&
    (value.loop === 'off' || value.loop === 'running' || value.loop === 'paused') &&
    isNumber(value.shownAt) &&
    isNumber(value.interactedAt) &&
    isNumber(value.startedAt) &&
    (value.announcement === undefined || isShownAnnouncement(value.announcement))
  );
}

const isNetworkAddress = (value: unknown): boolean =>
  isRecord(value) && isAddressText(value.address) && typeof value.interfaceName === 'string' && (value.kind === 'main' || value.kind === 'other' || value.kind === 'vpn');

function isNetworkInfo(value: unknown): value is NetworkInfo {
  return (
    isRecord(value) &&
    typeof value.open === 'boolean' &&
    isStringList(value.addresses) &&
    ['displayUrl', 'presenterUrl', 'editUrl', 'remoteUrl', 'readAlongUrl'].every((key) => value[key] === undefined || typeof value[key] === 'string') &&
    (value.remoteQr === undefined || (typeof value.remoteQr === 'string' && value.remoteQr.startsWith('data:image/svg+xml;base64,'))) &&
    (value.choices === undefined || (Array.isArray(value.choices) && value.choices.every(isNetworkAddress))) &&
    (value.chosenAddress === undefined || isAddressText(value.chosenAddress)) &&
    (value.unreachable === undefined || typeof value.unreachable === 'boolean')
  );
}

/** Whether a value has a deck's outline, its slides and languages: the server compiled and checked the rest. */
const isDeck = (value: unknown): value is Deck => isRecord(value) && Array.isArray(value.slides) && isStringList(value.languages);

/** Reads the statement a read-along page loads from `DECK_PATH`; `undefined` for anything else. */
export function parseDeckDocument(text: unknown): Deck | undefined {
  const value = typeof text === 'string' ? parseJsonRecord(text) : undefined;
  return isDeck(value) ? value : undefined;
}

/**
 * Reads a message from the show server. The page trusts its server no more than it must:
 * a message of the wrong shape is dropped rather than drawn, so a bad or foreign server
 * can never break the slide on screen.
 */
export function parseServerMessage(text: unknown): ServerMessage | undefined {
  const value = typeof text === 'string' ? parseJsonRecord(text) : undefined;
  if (value === undefined) return undefined;
  const message = value as unknown as ServerMessage;
  switch (value.type) {
    case 'welcome':
      return isCapability(value.capability) && isNumber(value.serverTime) ? message : undefined;
    case 'refused':
      return (REFUSALS as readonly unknown[]).includes(value.reason as Refusal) && typeof value.message === 'string' ? message : undefined;
    case 'pong':
      return Number.isSafeInteger(value.id) && isNumber(value.serverTime) ? message : undefined;
    case 'deck':
      return isDeck(value.deck) ? message : undefined;
    case 'state':
      return isShowState(value.state) && isNumber(value.at) && (value.settings === undefined || isRecord(value.settings)) ? message : undefined;
    case 'ack':
      return typeof value.id === 'string' ? message : undefined;
    case 'problems':
      return isStringList(value.problems) ? message : undefined;
    case 'network':
      return isNetworkInfo(value.network) ? message : undefined;
    case 'announcements':
      return isWrittenAnnouncementList(value.announcements) ? message : undefined;
    case 'reading':
      return typeof value.deck === 'string' && isIndex(value.slide) && (value.announcement === undefined || isShownAnnouncement(value.announcement)) ? message : undefined;
    default:
      return undefined;
  }
}
