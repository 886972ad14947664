/**
 * Loads every content file through the same zod schemas the site uses. Never throws
 * for bad content: each problem becomes a finding, and loading goes on, so one run
 * reports everything.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import type { z } from 'astro/zod';
import { COLLECTIONS, MDX_COLLECTIONS, schemas, type CollectionName, type DataByCollection } from '../../schemas/index.ts';
import type { Finding } from '../findings.ts';
import { didYouMean } from '../suggest.ts';
import { entryIdFromPath, EXTENSIONS } from './files.ts';
import { parseContentFile, ParseError, type ParsedFile, type Position } from './parse.ts';
import { scanBody, type BodyScan } from './body.ts';

export interface Entry<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  /** Path as reported in findings: relative to the working directory given to the loader. */
  file: string;
  data: DataByCollection[C];
  locate: (path: readonly PropertyKey[]) => Position;
  body?: string;
  bodyScan?: BodyScan;
}

export type AnyEntry = { [C in CollectionName]: Entry<C> }[CollectionName];

export interface LoadedContent {
  entries: AnyEntry[];
  findings: Finding[];
}

function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    if (name.startsWith('.')) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const isMdx = (collection: CollectionName) => (MDX_COLLECTIONS as readonly string[]).includes(collection);

/** Turns one zod issue into a finding that names the field, the bad value and a fix. */
function issueToFinding(issue: z.core.$ZodIssue, file: string, parsed: ParsedFile, schemaKeys: string[]): Finding {
  const path = issue.path as PropertyKey[];
  const field = path.length ? path.join('.') : '(root)';
  const at = parsed.locate(path);
  const received = 'input' in issue && issue.input !== undefined ? ` (got ${JSON.stringify(issue.input)})` : '';
  let hint: string | undefined;
  let message = `field \`${field}\`: ${issue.message}${received}`;
  if (issue.code === 'invalid_value' && 'values' in issue && typeof issue.input === 'string') {
    hint = didYouMean(issue.input, issue.values.map(String));
  }
  if (issue.code === 'unrecognized_keys') {
    const unknown = issue.keys[0]!;
    const keyAt = parsed.locate([...path, unknown]);
    message = `field \`${[...path, unknown].join('.')}\` is not part of the schema`;
    hint = didYouMean(unknown, path.length ? [] : schemaKeys);
    return { rule: 'schema', severity: 'error', file, ...keyAt, message, ...(hint ? { hint } : {}) };
  }
  if (issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined) {
    message = `field \`${field}\` is required but missing`;
  }
  return { rule: 'schema', severity: 'error', file, line: at.line, column: at.column, message, ...(hint ? { hint } : {}) };
}

export interface LoadOptions {
  /** The folder holding one subfolder per collection. */
  contentDir: string;
  /** Findings name files relative to this folder. */
  cwd?: string;
}

export function loadContent({ contentDir, cwd = process.cwd() }: LoadOptions): LoadedContent {
  const entries: AnyEntry[] = [];
  const findings: Finding[] = [];
  for (const collection of COLLECTIONS) {
    const dir = join(contentDir, collection);
    for (const path of listFiles(dir)) {
      const file = relative(cwd, path);
      const ext = extname(path).toLowerCase();
      if (!EXTENSIONS[collection].includes(ext)) {
        findings.push({
          rule: 'stray-file',
          severity: 'error',
          file,
          message: `\`${collection}\` reads only ${EXTENSIONS[collection].join(' and ')} files; this file would be ignored by the site`,
          hint: 'rename it or move it out of src/content',
        });
        continue;
      }
      const id = entryIdFromPath(collection, relative(dir, path));
      let parsed: ParsedFile;
      let bodyScan: BodyScan | undefined;
      try {
        const buffer = readFileSync(path);
        if (buffer.includes(0)) throw new ParseError('the file is binary, not text');
        parsed = parseContentFile(buffer.toString('utf8'), isMdx(collection) ? 'mdx' : 'yaml');
        if (parsed.body !== undefined) bodyScan = scanBody(parsed.body, parsed.bodyLine ?? 1);
      } catch (error) {
        if (!(error instanceof ParseError)) throw error;
        findings.push({ rule: 'parse', severity: 'error', file, ...(error.position ?? {}), message: error.message });
        continue;
      }
      const schema = schemas[collection];
      const result = schema.safeParse(parsed.data, { reportInput: true });
      if (!result.success) {
        const keys = Object.keys((schema as unknown as { shape?: object }).shape ?? {});
        for (const issue of result.error.issues) findings.push(issueToFinding(issue, file, parsed, keys));
        continue;
      }
      entries.push({
        collection,
        id,
        file,
        data: result.data,
        locate: parsed.locate,
        ...(parsed.body !== undefined ? { body: parsed.body } : {}),
        ...(bodyScan ? { bodyScan } : {}),
      } as AnyEntry);
    }
  }
  return { entries, findings };
}
