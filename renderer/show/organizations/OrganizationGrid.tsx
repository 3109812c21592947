import type { Organization } from '../../../common/deck/deck';
import { webAddress } from '../../../common/deck/web-address';
import { linkPieces } from '../../../common/layout/organization-grid';
import { QrCode } from './QrCode';

/**
 * The organizations under the heading of their slide, as cards in a grid: a QR code for a
 * link that is a web address, the name as written (never translated), and the link as
 * written (a handle such as `@name` gets no code). The fit sets the columns
 * (`--organization-columns`) from the same geometry it measures (organization-grid.ts).
 */
export function OrganizationGrid({ organizations }: { readonly organizations: readonly Organization[] }) {
  return (
    <ul className="slide-organizations">
      {organizations.map((organization, index) => {
        const address = organization.link === undefined ? undefined : webAddress(organization.link);
        return (
          // By place and name: two entries may share a name, and the list only changes by an edit.
          <li key={`${index}:${organization.name}`} className="organization">
            {address !== undefined && <QrCode address={address} />}
            <span className="organization-name">{organization.name}</span>
            {organization.link !== undefined && <LinkText link={organization.link} />}
          </li>
        );
      })}
    </ul>
  );
}

/** A link as written, with a line break allowed after each piece (`<wbr>`), as the fit counts it. */
function LinkText({ link }: { readonly link: string }) {
  return (
    <span className="organization-link">
      {linkPieces(link).map((piece, index) => (
        <span key={index}>
          {index > 0 && <wbr />}
          {piece}
        </span>
      ))}
    </span>
  );
}
