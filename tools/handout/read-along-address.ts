/** Whether `text` is a read-along page's address, as the show server prints it (`http://…/read#key=…`). */
export function isReadAlongAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.pathname === '/read';
  } catch {
    return false;
  }
}
