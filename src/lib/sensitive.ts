/**
 * Finds credentials and personal data in text before it is published: cloud access keys,
 * private-key blocks, API tokens, passwords in URLs and on command lines, mainland resident
 * identity numbers, mobile numbers and bank card numbers. Each pattern is narrowed by a check
 * the value must pass (a check digit and a real date, Luhn, a placeholder test) so that ids,
 * dates and version numbers are not reported, and documentation values (example domains,
 * RFC 5737 addresses, published sample keys and test numbers) are allowed.
 */
import { memoize } from './memo.ts';

export type SensitiveKind =
  | 'cloud-access-key'
  | 'private-key'
  | 'api-token'
  | 'url-credentials'
  | 'password-argument'
  | 'resident-id'
  | 'mobile-number'
  | 'bank-card';

export interface SensitiveMatch {
  kind: SensitiveKind;
  /** Offset of the value in the text. */
  index: number;
  length: number;
  /** The value with all but its first characters hidden, safe to print. */
  masked: string;
}

/** At most the first four characters, then the length: enough to find it in the file, not enough to use it. */
function mask(value: string): string {
  const shown = Math.min(4, Math.floor(value.length / 4));
  return `${value.slice(0, shown)}${'•'.repeat(4)} (${value.length} characters)`;
}

/** Hosts that exist for documentation only (RFC 2606, RFC 6761, RFC 5737, RFC 3849). */
function isDocumentationHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return (
    /(^|\.)example\.(com|net|org)$/.test(h) ||
    /(^|\.)(example|test|invalid)$/.test(h) ||
    /^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$/.test(h) ||
    /^2001:db8:/i.test(h)
  );
}

/**
 * A value that stands for a secret rather than being one: `<password>`, `${DB_PASS}`, `****`, `xxx`, `password`.
 * The patterns that call it capture at least one character and never a quote.
 */
function isPlaceholder(v: string): boolean {
  return (
    /^[<{$%[(]/.test(v) ||
    /^[*•xX.…_-]+$/.test(v) ||
    /^(password|passwd|secret|changeme|your[_-]?password|redacted|pass|pwd|token)$/i.test(v)
  );
}

/** Sample keys that vendors publish in their documentation. */
const DOCUMENTATION_VALUES = new Set([
  // Stryker disable next-line StringLiteral: equivalent, the key contains EXAMPLE, which `findSensitive` allows on its own
  'AKIAIOSFODNN7EXAMPLE', // AWS documentation
  '4111111111111111', // Visa test card
  '5555555555554444', // Mastercard test card
  '13800138000', // the number Chinese documentation uses as a sample mobile
]);

/** ISO 7064 MOD 11-2, the check digit of GB 11643, and a real date of birth. */
export function isResidentId(id: string): boolean {
  if (!/^[1-9]\d{16}[\dX]$/i.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, w, i) => total + w * Number(id[i]), 0);
  if ('10X98765432'[sum % 11] !== id[17]!.toUpperCase()) return false;
  const [y, m, d] = [Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14))];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
    sum += n;
  }
  return sum % 10 === 0;
}

/** A card number: one that passes the Luhn check and is not a resident id (which can pass it too). */
const isCardNumber = (digits: string): boolean => luhn(digits) && !isResidentId(digits);

interface Rule {
  kind: SensitiveKind;
  pattern: RegExp;
  /** The secret inside the match (default: the whole match) and whether it counts. */
  value?: (match: RegExpExecArray) => { text: string; offset: number } | undefined;
  /** Text every match holds: a text without it is not searched (the pattern is slow to fail on long texts). */
  needs?: string;
}

const group = (n: number) => (m: RegExpExecArray) =>
  m[n] === undefined ? undefined : { text: m[n]!, offset: m[0].indexOf(m[n]!) };

const RULES: Rule[] = [
  { kind: 'private-key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g },
  // AWS, Alibaba Cloud, Tencent Cloud, Google
  {
    kind: 'cloud-access-key',
    pattern:
      /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b|\bLTAI[0-9A-Za-z]{12,24}\b|\bAKID[0-9A-Za-z]{32}\b|\bAIza[0-9A-Za-z_-]{35}\b/g,
  },
  // GitHub, GitLab, Slack, JSON Web Tokens, and a bearer token written out
  {
    kind: 'api-token',
    pattern:
      /\bgh[pousr]_[A-Za-z0-9]{36,}\b|\bgithub_pat_[A-Za-z0-9_]{22,}\b|\bglpat-[A-Za-z0-9_-]{20,}\b|\bxox[abposr]-[A-Za-z0-9-]{10,}\b|\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}|\bBearer\s+([A-Za-z0-9._~+/-]{20,}=*)/g,
  },
  {
    kind: 'url-credentials',
    pattern: /\b[a-z][a-z0-9+.-]*:\/\/([^\s:/@'"`<>]+):([^\s/@'"`<>]+)@(\[[0-9a-f:.]+\]|[^\s/:?#'"`<>]+)/gi,
    // Stryker disable next-line StringLiteral: equivalent, an empty needle only skips nothing (slower, same matches)
    needs: '://',
    value: (m) => (isPlaceholder(m[2]!) || isDocumentationHost(m[3]!) ? undefined : group(2)(m)),
  },
  // `mysql -uroot -pSecret` and `--password=Secret`: a password on a command line ends up in shell history and `ps`
  {
    kind: 'password-argument',
    // a quoted password is a password too: the quote is left out of the value
    pattern: /\b(?:mysql\w*|mariadb\w*)\b[^\n]*?\s-p['"]?([^\s'"`]+)|--password[= ]['"]?([^\s'"`]+)/g,
    value: (m) => {
      const n = m[1] !== undefined ? 1 : 2;
      return isPlaceholder(m[n]!) ? undefined : group(n)(m);
    },
  },
  {
    kind: 'resident-id',
    pattern: /(?<![0-9A-Za-z])[1-9]\d{16}[\dXx](?![0-9A-Za-z])/g,
    value: (m) => (isResidentId(m[0]) ? { text: m[0], offset: 0 } : undefined),
  },
  {
    kind: 'mobile-number',
    pattern: /(?<![\d.-])(?:\+?86[ -]?)?(1[3-9]\d(?:[ -]?\d{4}){2})(?![\d-])/g,
    value: group(1),
  },
  {
    kind: 'bank-card',
    // 16 to 19 digits: 4-4-4-4, joined, or a 19-digit card written 4-4-4-4-3
    pattern: /(?<![\d.-])[3-6]\d{3}(?:[ -]?\d{4}){3}(?:[ -]?\d{1,3})?(?![\d-])/g,
    value: (m) => {
      // a short number written after a card ("… 4242 12 months") is not part of it
      const text = [m[0], m[0].replace(/[ -]\d{1,3}$/, '')].find((candidate) =>
        isCardNumber(candidate.replace(/\D/g, '')),
      );
      return text === undefined ? undefined : { text, offset: 0 };
    },
  },
];

function sensitiveIn(text: string): SensitiveMatch[] {
  const matches: SensitiveMatch[] = [];
  for (const rule of RULES) {
    if (rule.needs !== undefined && !text.includes(rule.needs)) continue;
    for (const m of text.matchAll(rule.pattern)) {
      const hit = rule.value ? rule.value(m as RegExpExecArray) : { text: m[0], offset: 0 };
      if (!hit || DOCUMENTATION_VALUES.has(hit.text.replace(/[\s-]/g, '')) || /EXAMPLE/.test(hit.text)) continue;
      const index = m.index + hit.offset;
      if (matches.some((x) => index < x.index + x.length && x.index < index + hit.text.length)) continue;
      matches.push({ kind: rule.kind, index, length: hit.text.length, masked: mask(hit.text) });
    }
  }
  return matches.sort((a, b) => a.index - b.index);
}

/**
 * Every sensitive value in `text`, in order, overlapping matches reported once (the first rule wins).
 * Remembered by text (read-only): `npm run check -- --watch` sees the same files after each change.
 */
export const findSensitive = memoize(sensitiveIn, (text: string) => text);
