import { isRecord } from '../common/content/is-record';
import { readJsonFile, writeFileAtomic } from '../node/json-file';
import type { Logger } from '../node/logger';
import type { ShownAddress } from './address-ranking';

/** The file in the app's data folder that keeps the presenter's choice of address, for the next start. */
export const ADDRESS_CHOICE_FILE = 'network-address.json';

/** The address the presenter chose for phones and screens, as it was when chosen. */
export interface AddressChoice {
  readonly address: string;
  readonly interfaceName: string;
}

/** Where the choice is kept: a file in the data folder, or (tests) nowhere. */
export interface AddressChoiceStore {
  read(): AddressChoice | undefined;
  write(choice: AddressChoice): void;
}

/**
 * The addresses with the chosen one first. The choice is found by its address, or, when
 * that interface has a new address since (DHCP on another day), by its interface; a choice
 * that matches neither (the laptop is on another network now) leaves the ranking as it is.
 */
export function withChoiceFirst(ranked: readonly ShownAddress[], choice: AddressChoice | undefined): readonly ShownAddress[] {
  if (choice === undefined) return ranked;
  const chosen = ranked.find((entry) => entry.address === choice.address) ?? ranked.find((entry) => entry.interfaceName === choice.interfaceName);
  return chosen === undefined ? ranked : [chosen, ...ranked.filter((entry) => entry !== chosen)];
}

/** Keeps the choice in `file` (JSON, written atomically); a file that cannot be read counts as no choice, and says so. */
export function addressChoiceFile(file: string, log: Pick<Logger, 'warn'>): AddressChoiceStore {
  return {
    read() {
      const read = readJsonFile(file);
      if (read.status === 'missing') return undefined;
      const value = read.status === 'ok' ? read.value : undefined;
      if (isRecord(value) && typeof value.address === 'string' && typeof value.interfaceName === 'string') return { address: value.address, interfaceName: value.interfaceName };
      log.warn(`ignoring ${file}: not an address choice this version knows; showing the addresses in their usual order`);
      return undefined;
    },
    write(choice) {
      try {
        writeFileAtomic(file, `${JSON.stringify(choice, null, 2)}\n`);
      } catch (error) {
        log.warn(`cannot save the chosen address to ${file}: ${error instanceof Error ? error.message : String(error)}; it lasts until the show stops`);
      }
    },
  };
}

/** A store that keeps the choice for the run only. */
export function addressChoiceInMemory(): AddressChoiceStore {
  let kept: AddressChoice | undefined;
  return {
    read: () => kept,
    write: (choice) => void (kept = choice),
  };
}
