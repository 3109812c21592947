import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { dirname } from 'node:path';
import { CAPABILITIES, type Capability } from '../common/network/protocol';
import { isRecord } from '../common/content/is-record';
import { makePrivateFolder, readJsonFile, writeFileAtomic } from '../node/json-file';
import type { Logger } from '../node/logger';

/** The file in the app's data folder that keeps the tokens, so paired screens survive a restart. */
export const NETWORK_TOKENS_FILE = 'network-tokens.json';

/** 192 random bits, as 32 URL-safe characters. */
const TOKEN_BYTES = 24;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32,100}$/u;

/** What a token presented by a page turns out to be. */
export type TokenCheck = { readonly ok: true; readonly capability: Capability } | { readonly ok: false; readonly reason: 'wrong-token' | 'token-replaced' };

/** The show server's tokens: one per capability, checked here and nowhere else. */
export interface NetworkTokens {
  token(capability: Capability): string;
  check(token: string): TokenCheck;
  /** Makes a new token for `capability`; the old one stops working at once. */
  replace(capability: Capability): void;
  /** Calls `listener` after each replacement; returns the function that stops it. */
  onReplace(listener: (capability: Capability) => void): () => void;
}

const newToken = (): string => randomBytes(TOKEN_BYTES).toString('base64url');
/** Compares in constant time, whatever the lengths, so the check leaks nothing of a token. */
const sameToken = (a: string, b: string): boolean => timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());

const isToken = (value: unknown): value is string => typeof value === 'string' && TOKEN_PATTERN.test(value);

/**
 * The tokens kept in `file`. A file from before the read-along (no `follow` token) keeps
 * its screens' and remote's codes and gains a follow code: paired screens stay paired.
 */
function readTokens(file: string, log: Logger): Record<Capability, string> | undefined {
  const read = readJsonFile(file);
  if (read.status === 'missing') return undefined;
  const value = read.status === 'ok' ? read.value : undefined;
  if (isRecord(value) && isToken(value.display) && isToken(value.control) && (value.follow === undefined || isToken(value.follow))) {
    return { display: value.display, control: value.control, follow: value.follow ?? newToken() };
  }
  log.warn(`ignoring ${file}: not a tokens file this version knows; making new tokens (paired screens must be paired again)`);
  return undefined;
}

/**
 * Loads the tokens from `file`, making (and saving) new ones where there are none. A
 * token that was replaced is remembered for the run, so a page that presents it is told
 * its code was replaced rather than that it is wrong.
 */
export function loadNetworkTokens(file: string, log: Logger): NetworkTokens {
  const tokens = readTokens(file, log) ?? { display: newToken(), control: newToken(), follow: newToken() };
  const replaced: string[] = [];
  const listeners = new Set<(capability: Capability) => void>();
  const save = (): void => {
    try {
      // The codes let whoever reads them watch or move the show: no other account on this computer may (0600 in a 0700 folder).
      makePrivateFolder(dirname(file));
      writeFileAtomic(file, `${JSON.stringify(tokens, null, 2)}\n`);
    } catch (error) {
      log.error(`cannot save the network tokens to ${file}: ${error instanceof Error ? error.message : String(error)}; they last until the show stops`);
    }
  };
  save();
  return {
    token: (capability) => tokens[capability],
    check(token) {
      const capability = CAPABILITIES.find((candidate) => sameToken(token, tokens[candidate]));
      if (capability !== undefined) return { ok: true, capability };
      return { ok: false, reason: replaced.some((old) => sameToken(token, old)) ? 'token-replaced' : 'wrong-token' };
    },
    replace(capability) {
      replaced.push(tokens[capability]);
      tokens[capability] = newToken();
      save();
      log.info(`the ${capability} token was replaced: pages that used the old one are disconnected`);
      for (const listener of [...listeners]) listener(capability);
    },
    onReplace(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
