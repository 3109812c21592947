/**
 * The web address a printed QR code for an organization's link should open: the link
 * itself when it is one (`https://…`), or a bare domain made into one (`example.org/x`).
 * A handle (`@name`) names an account on some platform nobody can tell from the text,
 * so it gets no code: the handout prints it as text to look up.
 */
export function webAddress(link: string): string | undefined {
  const text = link.trim();
  if (/^https?:\/\/[^\s/]+\.[^\s]+$/iu.test(text)) return text;
  if (/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:\/\S*)?$/iu.test(text)) return `https://${text}`;
  return undefined;
}
