/**
 * Accepts only absolute `http:` and `https:` URLs (only `https:` when `secureOnly`). The WHATWG parser strips the tabs, newlines and control
 * characters that hide `javascript:` from naive checks, so the scheme test runs on what a browser would follow.
 */
export function safeHttpUrl(raw: string | null | undefined, secureOnly = false): string | null {
  if (typeof raw !== 'string') return null;
  const value = raw.trim();
  if (value === '' || value.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && (secureOnly || url.protocol !== 'http:')) return null;
  if (url.username || url.password) return null;
  return url.href;
}
