import { randomBytes } from 'node:crypto';
import type { RateBucket } from './ratelimit';

/** GitHub's request ids look like "C0E6:3B4D:1A2F3C:1B9E0D:6560A1B2". */
export function requestId(): string {
  const hex = (bytes: number): string => randomBytes(bytes).toString('hex').toUpperCase();
  return `${hex(2)}:${hex(2)}:${hex(3)}:${hex(3)}:${hex(4)}`;
}

/**
 * Headers api.github.com sends on every JSON response. Clients key behaviour
 * off some of them (media type, request id in error reports), so they are
 * sent even though nothing here needs them.
 */
export function commonHeaders(id: string): Record<string, string> {
  return {
    server: 'github.com',
    'content-type': 'application/json; charset=utf-8',
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-request-id': id,
    'access-control-allow-origin': '*',
    'access-control-expose-headers':
      'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, ' +
      'X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, ' +
      'X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset',
    'strict-transport-security': 'max-age=31536000; includeSubdomains; preload',
    'x-frame-options': 'deny',
    'x-content-type-options': 'nosniff',
    'x-xss-protection': '0',
    'referrer-policy': 'origin-when-cross-origin, strict-origin-when-cross-origin',
    'content-security-policy': "default-src 'none'",
    vary: 'Accept, Authorization, Cookie, X-GitHub-OTP,Accept-Encoding, Accept, X-Requested-With',
  };
}

/** The x-ratelimit-* set; every response carries it, errors included. */
export function rateLimitHeaders(bucket: RateBucket): Record<string, string> {
  return {
    'x-ratelimit-limit': String(bucket.limit),
    'x-ratelimit-remaining': String(Math.max(0, bucket.limit - bucket.used)),
    'x-ratelimit-reset': String(bucket.reset),
    'x-ratelimit-used': String(bucket.used),
    'x-ratelimit-resource': 'core',
  };
}

/** Classic tokens report their scopes; clients sometimes log them. */
export function scopeHeaders(authenticated: boolean): Record<string, string> {
  return authenticated ? { 'x-oauth-scopes': 'repo, workflow', 'x-accepted-oauth-scopes': 'repo' } : {};
}
