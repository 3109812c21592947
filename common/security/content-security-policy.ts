/**
 * The policy every response carries. Served by the app protocol and by the
 * show server alike. The renderer's `<meta>` CSP says the same, but a
 * header also covers `frame-ancestors`, which a `<meta>` tag cannot set.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
