import { useEffect, useState } from 'react';
import type { NetworkStatus, ShowConnection } from '../connection/show-connection';

/** The show server as this view sees it, kept up to date. */
export function useNetwork(connection: ShowConnection): NetworkStatus {
  const [network, setNetwork] = useState<NetworkStatus>({ link: { kind: 'local' } });
  useEffect(() => connection.watchNetwork(setNetwork), [connection]);
  return network;
}
