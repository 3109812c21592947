import { createContext, useContext } from 'react';

/**
 * The read-along page's address with its code, for the slides and the badge that show it
 * as a QR code; `undefined` while the show server is not open to the network (phones
 * could not reach it). Given by the view that knows it (its network status), to every
 * slide it draws.
 */
export const ReadAlongAddress = createContext<string | undefined>(undefined);

export const useReadAlongAddress = (): string | undefined => useContext(ReadAlongAddress);

/**
 * Where the corner badge shows the read-along page's code: with `readAlongBadge: corner`,
 * an address phones can open, and a slide on screen that is not the read-along slide
 * itself (which shows the code large); otherwise nowhere.
 */
export function badgeAddress(setting: 'off' | 'corner' | undefined, address: string | undefined, slideKind: string | undefined): string | undefined {
  return setting === 'corner' && slideKind !== undefined && slideKind !== 'read-along' ? address : undefined;
}
