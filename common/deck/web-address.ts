/**
 * The web address a QR code for an organization's link should open (on the handout and
 * on the organizations slide): the link itself when it is one (`https://…`), or a bare
 * domain made into one (`example.org/x`). A handle (`@name`) names an account on some
 * platform nobody can tell from the text, so it gets no code: it is shown as text to look up.
 */
export function webAddress(link: string): string | undefined {
  const text = link.trim();
  if (/^https?:\/\/[^\s/]+\.[^\s]+$/iu.test(text)) return text;
  if (/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:\/\S*)?$/iu.test(text)) return `https://${text}`;
  return undefined;
}
