/**
 * What `findSensitive` must find and must not, kind by kind, at the edges of each shape: a
 * resident id's date, a card number's length and check digit, every token and key format it names,
 * a mobile number's country code, and two findings that touch or overlap.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type FreshSensitive = typeof import('../../src/lib/sensitive.ts');
let findSensitive: FreshSensitive['findSensitive'];
let isResidentId: FreshSensitive['isResidentId'];
let luhn: FreshSensitive['luhn'];
// loaded afresh in each test: the patterns are built as the module loads (README, "Mutation testing")
beforeEach(async () => {
  vi.resetModules();
  ({ findSensitive, isResidentId, luhn } = await import('../../src/lib/sensitive.ts'));
});

const found = (text: string) => findSensitive(text).map((m) => [m.kind, text.slice(m.index, m.index + m.length)]);
const kinds = (text: string) => findSensitive(text).map((m) => m.kind);

describe('a resident id', () => {
  it('needs a real date of birth from 1900 on, even with the right check digit', () => {
    // each has the check digit its first 17 characters give
    expect(isResidentId('110105190001011231')).toBe(true); // 1 January 1900
    expect(isResidentId('110105189912311237')).toBe(false); // 31 December 1899
    expect(isResidentId('110105199002301231')).toBe(false); // 30 February
    expect(isResidentId('11010519901301123X')).toBe(false); // month 13
    expect(isResidentId('110105199001011005')).toBe(true);
    expect(isResidentId('110105199001011006')).toBe(false); // a wrong check digit
  });
  it('is found in a text when it ends in a digit or an X, and not when a letter or digit runs on', () => {
    expect(found('证件号 110105199001011005。')).toEqual([['resident-id', '110105199001011005']]);
    expect(found('id 11010519491231002x ok')).toEqual([['resident-id', '11010519491231002x']]);
    expect(found('id A110105199001011005')).toEqual([]);
  });
});

describe('a bank card', () => {
  it('is 16 to 19 digits that pass the Luhn check', () => {
    expect(luhn('6217000000000000004')).toBe(true);
    expect(luhn('6217000000000000005')).toBe(false);
    expect(luhn('79927398713')).toBe(true);
    expect(found('卡号 6217000000000000004')).toEqual([['bank-card', '6217000000000000004']]);
    expect(found('卡号 6217000000000000005')).toEqual([]);
    expect(found('卡号 6217 0000 0000 0000 004')).toEqual([['bank-card', '6217 0000 0000 0000 004']]);
  });
  it('is read whole when written 4-4-4-4-3, and without a short number written after it', () => {
    expect(found('卡号 6222 0200 0000 0000 000，')).toEqual([['bank-card', '6222 0200 0000 0000 000']]);
    expect(found('6222020000000000000')).toEqual([['bank-card', '6222020000000000000']]);
    expect(found('card 4242 4242 4242 4242 12 months')).toEqual([['bank-card', '4242 4242 4242 4242']]);
    expect(found('card 4242 4242 4242 4243 12 months')).toEqual([]);
  });
  it('is not a resident id that happens to pass the Luhn check too', () => {
    // 310101199001011007: a valid id whose digits also pass Luhn; spaced, only the card pattern sees it
    expect(luhn('310101199001011007')).toBe(true);
    expect(found('no. 3101 0119 9001 011007')).toEqual([]);
  });
});

describe('keys and tokens', () => {
  it('finds a private key block with no, one or two words before PRIVATE KEY', () => {
    expect(kinds('-----BEGIN PRIVATE KEY-----')).toEqual(['private-key']);
    expect(kinds('-----BEGIN OPENSSH PRIVATE KEY-----')).toEqual(['private-key']);
    expect(kinds('-----BEGIN PGP PRIVATE KEY BLOCK-----')).toEqual(['private-key']);
    expect(kinds('-----BEGIN ENCRYPTED RSA PRIVATE KEY-----')).toEqual(['private-key']);
    expect(kinds('-----BEGIN PUBLIC KEY-----')).toEqual([]);
  });
  it('finds each cloud’s access key at its length, and not a shorter one', () => {
    const key32 = 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6';
    expect(kinds(`SecretId AKID${key32}`)).toEqual(['cloud-access-key']);
    expect(kinds(`SecretId AKID${key32.slice(1)}`)).toEqual([]);
    expect(kinds('LTAI5tQ8x9Yz1AbCdEfGh')).toEqual(['cloud-access-key']);
    expect(kinds('LTAI5tQ8x9Y')).toEqual([]);
    expect(kinds('AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q')).toEqual(['cloud-access-key']);
    expect(kinds('AKIAABCDEFGHIJKLMNOP ASIAABCDEFGHIJKLMNOP')).toEqual(['cloud-access-key', 'cloud-access-key']);
  });
  it('finds GitHub, GitLab and Slack tokens, JSON Web Tokens and a written-out bearer token, each at its least length', () => {
    expect(kinds(`ghp_${'a'.repeat(36)}`)).toEqual(['api-token']);
    expect(kinds(`ghp_${'a'.repeat(35)}`)).toEqual([]);
    expect(kinds(`github_pat_${'A1_'.repeat(8)}`)).toEqual(['api-token']);
    expect(kinds(`github_pat_${'A'.repeat(21)}`)).toEqual([]);
    expect(kinds(`glpat-${'x-Y_'.repeat(5)}`)).toEqual(['api-token']);
    expect(kinds(`glpat-${'x'.repeat(19)}`)).toEqual([]);
    expect(kinds('xoxb-1234567890-abc')).toEqual(['api-token']);
    expect(kinds('xoxb-123456789')).toEqual([]);
    expect(kinds('eyJhbGciOiJI.eyJzdWIiOiIx.SflKxwRJSMeK')).toEqual(['api-token']);
    expect(kinds('eyJhbGci.eyJzdWIi.SflKxwR')).toEqual([]);
    expect(found('Authorization: Bearer abcdefghij0123456789==')).toEqual([
      ['api-token', 'Bearer abcdefghij0123456789=='],
    ]);
    expect(kinds('Authorization: Bearer abcdefghij012345678')).toEqual([]);
  });
});

describe('passwords on a command line', () => {
  it('finds -p after mysql, its tools (mysqldump, mysqladmin) and mariadb, quoted or not', () => {
    expect(found('mysqldump -uroot -pS3cret booking')).toEqual([['password-argument', 'S3cret']]);
    expect(found('mysqladmin -u root -p"S3cret" status')).toEqual([['password-argument', 'S3cret']]);
    expect(found("mariadb -uroot -p'S3cret'")).toEqual([['password-argument', 'S3cret']]);
    expect(found('ssh -p2222 host')).toEqual([]);
  });
});

describe('a mobile number', () => {
  it('is found with or without +86, joined or spaced, and not inside a longer number', () => {
    expect(found('+86 139 1234 5678')).toEqual([['mobile-number', '139 1234 5678']]);
    expect(found('+86-13912345678')).toEqual([['mobile-number', '13912345678']]);
    expect(found('8613912345678')).toEqual([['mobile-number', '13912345678']]);
    expect(found('tel 139-1234-5678')).toEqual([['mobile-number', '139-1234-5678']]);
    expect(found('order 213912345678')).toEqual([]);
    expect(found('v1.13912345678')).toEqual([]);
  });
});

describe('findings side by side', () => {
  it('reports two findings that touch, in the order of the text', () => {
    const key = 'AKIAABCDEFGHIJKLMNOP';
    const header = '-----BEGIN PRIVATE KEY-----';
    expect(found(`${header}${key}`)).toEqual([
      ['private-key', header],
      ['cloud-access-key', key],
    ]);
    expect(found(`${key}${header}`)).toEqual([
      ['cloud-access-key', key],
      ['private-key', header],
    ]);
  });
  it('reports a value two rules find once, as the first rule names it', () => {
    const token = `ghp_${'a'.repeat(36)}`;
    expect(found(`https://deploy:${token}@git.internal.io/repo.git`)).toEqual([['api-token', token]]);
  });
});
