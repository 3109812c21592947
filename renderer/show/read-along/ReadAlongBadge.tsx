import { QrCode } from '../organizations/QrCode';
import '../../styles/read-along-code.css';

/**
 * The read-along page's QR code in a corner of the audience screen (`readAlongBadge:
 * corner`), with the app's own name for it in both languages. The slides leave its corner
 * clear (read-along-code.css), so it never covers the statement's text; the black screen
 * covers it with the rest. Hidden from screen readers: it is an invitation for the eye,
 * and the slide is what the live region reads.
 */
export function ReadAlongBadge({ address }: { readonly address: string }) {
  return (
    <aside className="read-along-badge" aria-hidden="true" data-testid="read-along-badge">
      <QrCode address={address} className="read-along-qr" />
      <span className="read-along-badge-label">
        <span lang="en">Read along</span> · <span lang="ko">함께 읽기</span>
      </span>
    </aside>
  );
}
