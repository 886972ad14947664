/**
 * The edges of what counts as a secret: placeholders that stand for a password, hosts that exist
 * for documentation only, published test numbers, and the exact shape of a resident id.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type FreshSensitive = typeof import('../../src/lib/sensitive.ts');
let findSensitive: FreshSensitive['findSensitive'];
let isResidentId: FreshSensitive['isResidentId'];
// Its patterns are built when the module loads: each test loads it afresh, so that Stryker runs
// their mutants against these tests (see "A table a module builds when it loads" in the README).
beforeEach(async () => {
  vi.resetModules();
  ({ findSensitive, isResidentId } = await import('../../src/lib/sensitive.ts'));
});

/** Each finding as its kind and the text it covers. */
const found = (text: string) => findSensitive(text).map((m) => [m.kind, text.slice(m.index, m.index + m.length)]);

describe('passwords on a command line', () => {
  it('placeholders are not passwords: <…>, ${…}, $…, %…%, […], (…), masks, and the usual words', () => {
    const placeholders = [
      '<password>',
      '${DB_PASS}',
      '$DB_PASS',
      '%DB_PASS%',
      '[secret]',
      '(hidden)',
      '*',
      '****',
      '•••',
      'xxx',
      'XXXX',
      '...',
      '…',
      '___',
      'password',
      'PASSWD',
      'secret',
      'changeme',
      'yourpassword',
      'your_password',
      'your-password',
      'redacted',
      'pass',
      'pwd',
      'Token',
    ];
    for (const value of placeholders) expect([value, found(`mysql -uroot --password=${value}`)]).toEqual([value, []]);
    expect(found('mysql -uroot -p<password> booking')).toEqual([]);
  });

  it('a value that only starts, ends or contains like a placeholder is a password', () => {
    const passwords = [
      'Ssecret',
      'secret1',
      'S3c<ret',
      'S3cret_',
      'xS3cret',
      '*S3cret',
      'mypassword',
      'password123',
      'your.password',
      'yourspassword',
    ];
    for (const value of passwords)
      expect([value, found(`mysql -uroot --password=${value}`)]).toEqual([value, [['password-argument', value]]]);
    expect(found('mysql -uroot -pS3cret booking')).toEqual([['password-argument', 'S3cret']]);
  });

  it('a quoted password is a password, found without its quotes; a quoted placeholder is not', () => {
    expect(found(`mysql -uroot -p'S3cret' booking`)).toEqual([['password-argument', 'S3cret']]);
    expect(found('mysql -uroot --password="S3cret" booking')).toEqual([['password-argument', 'S3cret']]);
    expect(found(`mysqldump --password 'S3cret' booking`)).toEqual([['password-argument', 'S3cret']]);
    expect(found(`mysql -uroot --password='<password>' booking`)).toEqual([]);
    expect(found('mysql -uroot --password="" booking')).toEqual([]);
  });
});

describe('passwords in URLs', () => {
  const url = (host: string) => `mysql://app:S3cretPw@${host}/booking`;

  it('documentation hosts are allowed: example.com/net/org and their subdomains, .example, .test, .invalid, RFC 5737 and RFC 3849 addresses', () => {
    for (const host of [
      'example.com',
      'db.example.com',
      'DB.EXAMPLE.NET',
      'example.org',
      'example',
      'test',
      'invalid',
      'db.test',
      'db.example',
      '192.0.2.10',
      '198.51.100.7',
      '203.0.113.255',
      '[192.0.2.10]',
      '[2001:db8::1]',
      '[2001:DB8:0:0:8:800:200C:417A]:3306',
    ])
      expect([host, found(url(host))]).toEqual([host, []]);
  });

  it('a host that only contains a documentation name or address is real', () => {
    for (const host of [
      'example.com.evil.io',
      'myexample.com',
      'test.evil.io',
      'invalid.host.io',
      '10.192.0.2.10',
      '192.0.2.1000',
      '192.0.2.10.evil.io',
      '192.0.2.[1',
      '192.0.2.]1',
      '[2001:db9::1]',
      '[fe80::2001:db8:1]',
    ])
      expect([host, found(url(host))]).toEqual([host, [['url-credentials', 'S3cretPw']]]);
  });

  it('a placeholder password in a URL is not reported, whatever the host', () => {
    expect(found('mysql://app:<password>@db.internal.io/booking')).toEqual([]);
  });
});

describe('published test numbers', () => {
  it('the Visa and Mastercard test cards and the sample mobile of Chinese documentation are allowed', () => {
    expect(found('card 4111 1111 1111 1111')).toEqual([]);
    expect(found('card 5555-5555-5555-4444')).toEqual([]);
    expect(found('call 13800138000')).toEqual([]);
  });

  it('other valid numbers are reported', () => {
    expect(found('card 4242 4242 4242 4242')).toEqual([['bank-card', '4242 4242 4242 4242']]);
    expect(found('call 13912345678')).toEqual([['mobile-number', '13912345678']]);
  });
});

describe('isResidentId', () => {
  it('18 characters with a valid check digit and date', () => {
    expect(isResidentId('110105194912310011')).toBe(true);
    expect(isResidentId('11010519491231002X')).toBe(true);
  });

  it('a character too many or too few is no id, even when 18 of them would be', () => {
    expect(isResidentId('1101051949123100115')).toBe(false);
    expect(isResidentId('5110105194912310011')).toBe(false);
    expect(isResidentId('11010519491231001')).toBe(false);
  });
});
