import type { Capability, ClientMessage, Refusal } from '../common/network/protocol';
import { createAttemptLimiter } from './attempt-limiter';
import type { NetworkLog } from './network-log';
import type { NetworkTokens } from './network-tokens';

export type Admission = { readonly capability: Capability } | { readonly refused: Refusal };

export interface CodeAdmissionOptions {
  readonly tokens: NetworkTokens;
  /** Open to the network: every page needs a code. Closed (this computer only): none does. */
  readonly open: boolean;
  readonly networkLog: NetworkLog;
  readonly now: () => number;
}

/**
 * Decides what a page's hello lets it do, from its code, on the server: on this computer
 * only a page needs no code (it controls); open to the network, every page needs one. A
 * wrong code counts against its address, which past a few is refused at once, but the
 * right code from that address always gets in. The read-along code is public in the venue:
 * it opens only the read-along socket, never one of these. `lowest` refuses codes that
 * give less than a socket needs (the editor's needs the control code).
 */
export function createCodeAdmission(options: CodeAdmissionOptions, lowest: Exclude<Capability, 'follow'> = 'display'): (hello: Extract<ClientMessage, { type: 'hello' }>, address: string) => Admission {
  const { tokens, networkLog, now } = options;
  const limiter = createAttemptLimiter();
  const refuseCode = (address: string, reason: 'no-token' | 'wrong-token' | 'token-replaced'): Admission => {
    // Past a few wrong codes an address is told so at once, and the log has heard enough of it.
    if (!limiter.allows(address, now())) return { refused: 'too-many-attempts' };
    limiter.recordFailure(address, now());
    const why = reason === 'token-replaced' ? 'its code was replaced' : reason === 'no-token' ? 'it has no code' : 'wrong code';
    networkLog.warn(reason === 'token-replaced' ? 'replaced-code' : 'wrong-code', address, `refused a page at ${address}: ${why}`);
    return { refused: reason };
  };
  return (hello, address) => {
    if (hello.token === undefined) return options.open ? refuseCode(address, 'no-token') : { capability: 'control' };
    const checked = tokens.check(hello.token);
    if (!checked.ok) return refuseCode(address, checked.reason);
    if (checked.capability === 'follow' || (lowest === 'control' && checked.capability !== 'control')) return refuseCode(address, 'wrong-token');
    return { capability: checked.capability };
  };
}
