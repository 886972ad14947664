import { findSensitive, type SensitiveKind } from '../sensitive.ts';
import { finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

const WHAT: Record<SensitiveKind, string> = {
  'cloud-access-key': 'a cloud access key',
  'private-key': 'a private key block',
  'api-token': 'an API token',
  'url-credentials': 'a password inside a URL',
  'password-argument': 'a password on a command line',
  'resident-id': 'a resident identity card number (valid check digit and date)',
  'mobile-number': 'a mobile phone number',
  'bank-card': 'a bank card number (valid Luhn check)',
};

const HINT =
  'the handbook is published: write a placeholder (`<password>`, `${DB_PASSWORD}`, `138****0000`), a documentation host (`db.example.com`, `192.0.2.10`), or refer to where the value is kept';

/** Line and column of an offset in a text. */
function positionOf(text: string, index: number) {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/** Credentials and personal data in any content file; the finding shows only the start of the value. */
export const sensitiveData: Check = {
  id: 'sensitive-data',
  description: 'credentials or personal data (keys, tokens, passwords, ID, mobile and card numbers) in content',
  run({ model }) {
    return model.entries.flatMap((entry) =>
      findSensitive(entry.source).map((m) =>
        finding(
          'sensitive-data',
          { file: entry.file, position: positionOf(entry.source, m.index) },
          `${WHAT[m.kind]} (${m.kind}): ${m.masked}`,
          HINT,
        ),
      ),
    );
  },
};
