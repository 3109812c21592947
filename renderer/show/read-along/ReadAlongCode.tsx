import { QrCode } from '../organizations/QrCode';
import { useReadAlongAddress } from './read-along-address';
import '../../styles/read-along-code.css';

/**
 * The read-along page's QR code, large, under a read-along slide's heading (the
 * organizers' words, fitted above it in the room read-along-code.css leaves). Empty while
 * the server is not open to the network: there is no address phones could open.
 */
export function ReadAlongCode() {
  const address = useReadAlongAddress();
  return <div className="read-along-code">{address !== undefined && <QrCode address={address} className="read-along-qr" />}</div>;
}
