/**
 * The pages' Content-Security-Policy, written once as directives so a page that needs more (GraphiQL) says
 * exactly which directives it loosens and the rest stays the explorer's. The explorer's policy allows
 * nothing inline and nothing from another origin.
 */
export type CspDirectives = Readonly<Record<string, string>>;

export const EXPLORER_CSP: CspDirectives = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'connect-src': "'self'",
  'font-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

/** `{ 'script-src': "'self'" }` → `script-src 'self'`, in the directives' own order. */
export function formatCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

export const CONTENT_SECURITY_POLICY = formatCsp(EXPLORER_CSP);

/** Headers for an HTML page: never cached (it names the current asset URLs), its CSP, no sniffing or referrer. */
export function pageHeaders(csp = CONTENT_SECURITY_POLICY): Record<string, string> {
  return {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-cache',
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}
