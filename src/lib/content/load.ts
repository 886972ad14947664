/**
 * Loads every content file through the same zod schemas the site uses. Never throws
 * for bad content: each problem becomes a finding, and loading goes on, so one run
 * reports everything.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import type { z } from 'astro/zod';
import { REGISTRY } from '../collections.ts';
import {
  COLLECTIONS,
  MDX_COLLECTIONS,
  schemas,
  type CollectionName,
  type DataByCollection,
} from '../../schemas/index.ts';
import { excerpt, type Finding } from '../finding-report.ts';
import { didYouMean } from '../suggest.ts';
import { entryIdFromPath, EXTENSIONS } from './files.ts';
import { parseContentFile, ParseError, type ParsedFile, type Position } from './parse.ts';
import { scanBody, type BodyScan } from './body.ts';
import { MAX_FILE_BYTES, readGuarded } from './file-guard.ts';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../routes.ts';

export interface Entry<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  /** Path as reported in findings: relative to the working directory given to the loader. */
  file: string;
  data: DataByCollection[C];
  locate: (path: readonly PropertyKey[]) => Position;
  body?: string;
  bodyScan?: BodyScan;
  /** The whole file as read, for rules over the text itself (`sensitive-data`). */
  source: string;
}

/**
 * One entry's text in another language: `<folder>/<locale>/<id>.yaml|mdx`, holding only the
 * entry's prose fields (and, for MDX, the whole body). Not validated by the entry's schema: the
 * translation rules of the checker compare it with its source.
 */
export interface Translation {
  locale: TranslatedLocale;
  collection: CollectionName;
  id: string;
  file: string;
  data: unknown;
  locate: (path: readonly PropertyKey[]) => Position;
  body?: string;
  bodyScan?: BodyScan;
  /** The file's line where the body starts (MDX), so a finding about the body can point into it. */
  bodyLine?: number;
}

export type AnyEntry = { [C in CollectionName]: Entry<C> }[CollectionName];

/** A content file that names an entry but could not be loaded (its parse or schema error is already a finding). */
export interface FailedEntry {
  collection: CollectionName;
  id: string;
  file: string;
}

export interface LoadedContent {
  entries: AnyEntry[];
  findings: Finding[];
  /** Entries whose file exists but did not load: checks treat references to them as resolved, not unknown. */
  failed: FailedEntry[];
  translations: Translation[];
}

/**
 * Every file below `dir`, sorted so that findings and duplicate-id reports are stable. A symbolic
 * link is listed as a file and never followed (reading it is refused later, as a finding), so a
 * link to a parent folder cannot make the walk loop. Unreadable paths are listed too.
 */
function listFiles(dir: string, skip: readonly string[] = []): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    if (name.startsWith('.') || skip.includes(name)) return [];
    const path = join(dir, name);
    let isDirectory = false;
    try {
      isDirectory = lstatSync(path).isDirectory();
    } catch {
      // a file removed while we read: reported when it is read
    }
    return isDirectory ? listFiles(path) : [path];
  });
}

const isMdx = (collection: CollectionName) => (MDX_COLLECTIONS as readonly string[]).includes(collection);

interface SchemaDef {
  type: string;
  shape?: Record<string, { _zod: { def: SchemaDef } }>;
  innerType?: { _zod: { def: SchemaDef } };
  element?: { _zod: { def: SchemaDef } };
  items?: { _zod: { def: SchemaDef } }[];
  options?: { _zod: { def: SchemaDef } }[];
  in?: { _zod: { def: SchemaDef } };
}

/** The field names a schema allows at `path` (through optional, default, arrays, tuples and unions), for "did you mean". */
function keysAt(schema: { _zod: { def: SchemaDef } }, path: readonly PropertyKey[]): string[] {
  const defs = (def: SchemaDef | undefined, rest: readonly PropertyKey[]): string[] => {
    if (!def) return [];
    if (def.innerType) return defs(def.innerType._zod.def, rest);
    if (def.type === 'pipe' && def.in) return defs(def.in._zod.def, rest);
    if (def.options) return [...new Set(def.options.flatMap((o) => defs(o._zod.def, rest)))];
    if (rest.length === 0) return def.shape ? Object.keys(def.shape) : [];
    const [head, ...tail] = rest;
    if (def.shape && typeof head === 'string') return defs(def.shape[head]?._zod.def, tail);
    if (def.element && typeof head === 'number') return defs(def.element._zod.def, tail);
    if (def.items && typeof head === 'number') return defs(def.items[head]?._zod.def, tail);
    return [];
  };
  return defs(schema._zod.def, path);
}

/** Turns one zod issue into findings that name the field, the bad value and a fix (one per unknown key). */
export function issueToFindings(issue: z.core.$ZodIssue, file: string, parsed: ParsedFile, schema: unknown): Finding[] {
  const path = issue.path as PropertyKey[];
  const field = path.length ? path.join('.') : '(root)';
  const at = parsed.locate(path);
  const received =
    'input' in issue && issue.input !== undefined ? ` (got ${excerpt(JSON.stringify(issue.input))})` : '';
  let hint: string | undefined;
  let message = `field \`${field}\`: ${issue.message}${received}`;
  if (issue.code === 'unrecognized_keys') {
    const allowed = keysAt(schema as { _zod: { def: SchemaDef } }, path);
    return issue.keys.map((unknown) => {
      const keyHint = didYouMean(unknown, allowed);
      return {
        rule: 'schema',
        severity: 'error' as const,
        file,
        ...parsed.locate([...path, unknown]),
        message: `field \`${[...path, unknown].join('.')}\` is not part of the schema`,
        ...(keyHint ? { hint: keyHint } : {}),
      };
    });
  }
  if (issue.code === 'invalid_value' && 'values' in issue && typeof issue.input === 'string') {
    hint = didYouMean(issue.input, issue.values.map(String));
  }
  if ('input' in issue && issue.input === undefined && issue.code !== 'custom') {
    message = `field \`${field}\` is required but missing`;
    if (issue.code === 'invalid_value' && 'values' in issue)
      hint = `one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}`;
  }
  if (
    issue.code === 'invalid_union' &&
    typeof issue.input === 'number' &&
    // (no key at all reads `undefined`, which is not a basis either)
    /basis$/i.test(String(path.findLast((k) => typeof k === 'string')))
  ) {
    // `basis: 3.1` unquoted is a YAML number; a clause id is a string
    hint = `quote the clause id: \`"${issue.input}"\``;
  }
  return [
    { rule: 'schema', severity: 'error', file, line: at.line, column: at.column, message, ...(hint ? { hint } : {}) },
  ];
}

export interface LoadOptions {
  /** The folder holding one subfolder per collection. */
  contentDir: string;
  /** Findings name files relative to this folder. */
  cwd?: string;
  /** Files larger than this are reported, not parsed. */
  maxFileBytes?: number;
}

export function loadContent({
  contentDir,
  cwd = process.cwd(),
  maxFileBytes = MAX_FILE_BYTES,
}: LoadOptions): LoadedContent {
  const entries: AnyEntry[] = [];
  const findings: Finding[] = [];
  const failed: FailedEntry[] = [];
  const translations: Translation[] = [];
  for (const collection of COLLECTIONS) {
    const dir = join(contentDir, REGISTRY.folder[collection]);
    for (const locale of TRANSLATED_LOCALES) {
      for (const path of listFiles(join(dir, locale))) {
        const loaded = loadTranslation(path, relative(cwd, path), collection, locale, maxFileBytes);
        if ('finding' in loaded) findings.push(loaded.finding);
        else translations.push(loaded);
      }
    }
    for (const path of listFiles(dir, TRANSLATED_LOCALES)) {
      const file = relative(cwd, path);
      const ext = extname(path).toLowerCase();
      const id = entryIdFromPath(collection, relative(dir, path));
      const guarded = readGuarded(path, maxFileBytes);
      const refuse = (problem: {
        rule: string;
        message: string;
        hint?: string;
        position?: { line: number; column: number };
      }) => {
        findings.push({
          rule: problem.rule,
          severity: 'error',
          file,
          ...(problem.position ?? {}),
          message: problem.message,
          ...(problem.hint ? { hint: problem.hint } : {}),
        });
        failed.push({ collection, id, file });
      };
      if ('problem' in guarded && guarded.problem.rule === 'symlink') {
        refuse(guarded.problem);
        continue;
      }
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
      if ('problem' in guarded) {
        refuse(guarded.problem);
        continue;
      }
      let parsed: ParsedFile;
      let bodyScan: BodyScan | undefined;
      try {
        parsed = parseContentFile(guarded.text, isMdx(collection) ? 'mdx' : 'yaml');
        if (parsed.body !== undefined) bodyScan = scanBody(parsed.body, parsed.bodyLine ?? 1);
      } catch (error) {
        if (!(error instanceof ParseError)) throw error;
        findings.push({ rule: 'parse', severity: 'error', file, ...(error.position ?? {}), message: error.message });
        failed.push({ collection, id, file });
        continue;
      }
      const schema = schemas[collection];
      const result = schema.safeParse(parsed.data, { reportInput: true });
      if (!result.success) {
        for (const issue of result.error.issues) findings.push(...issueToFindings(issue, file, parsed, schema));
        failed.push({ collection, id, file });
        continue;
      }
      entries.push({
        collection,
        id,
        file,
        data: result.data,
        locate: parsed.locate,
        source: guarded.text,
        ...(parsed.body !== undefined ? { body: parsed.body } : {}),
        ...(bodyScan ? { bodyScan } : {}),
      } as AnyEntry);
    }
  }
  return { entries, findings, failed, translations };
}

function loadTranslation(
  path: string,
  file: string,
  collection: CollectionName,
  locale: TranslatedLocale,
  maxFileBytes: number,
): Translation | { finding: Finding } {
  const ext = extname(path).toLowerCase();
  if (!EXTENSIONS[collection].includes(ext))
    return {
      finding: {
        rule: 'stray-file',
        severity: 'error',
        file,
        message: `translations of \`${collection}\` are ${EXTENSIONS[collection].join(' or ')} files, like their source; this file would be ignored by the site`,
        hint: 'rename it or move it out of src/content',
      },
    };
  const guarded = readGuarded(path, maxFileBytes);
  if ('problem' in guarded) {
    const { position, ...problem } = guarded.problem;
    return { finding: { severity: 'error', file, ...(position ?? {}), ...problem } };
  }
  try {
    const parsed = parseContentFile(guarded.text, isMdx(collection) ? 'mdx' : 'yaml');
    return {
      locale,
      collection,
      id: entryIdFromPath(collection, path),
      file,
      data: parsed.data ?? {},
      locate: parsed.locate,
      ...(parsed.body !== undefined
        ? { body: parsed.body, bodyLine: parsed.bodyLine ?? 1, bodyScan: scanBody(parsed.body, parsed.bodyLine ?? 1) }
        : {}),
    };
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    return { finding: { rule: 'parse', severity: 'error', file, ...(error.position ?? {}), message: error.message } };
  }
}
