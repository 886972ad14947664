/**
 * Commands that destroy data or take a service down, and the guards that stop them in the same
 * block. Pure functions over one shell block; the rule in `checks/code-destructive.ts` reports.
 */
import {
  expandedVariables,
  isStrictMode,
  requiredVariables,
  shellCommands,
  stripQuoted,
  type ShellCommand,
} from './shell.ts';
import { memoize } from '../memo.ts';

interface Destructive {
  /** How the finding names it. */
  name: string;
  /** SQL and Redis words count only in a command that runs `mysql` or `redis-cli` (not in a `grep` pattern). */
  client?: RegExp;
  /** Index where it starts in the command (with its here-documents appended), or -1. */
  find(text: string): number;
}

const at = (re: RegExp) => (text: string) => text.search(re);

/** The SQL statements of a text whose verb is `verb` and that have no WHERE. */
const withoutWhere = (verb: RegExp) => (text: string) => {
  let offset = 0;
  for (const statement of text.split(';')) {
    const i = statement.search(verb);
    if (i >= 0 && !/\bWHERE\b/i.test(statement.slice(i))) return offset + i;
    offset += statement.length + 1;
  }
  return -1;
};

const MYSQL = /\bmysql\b/;
const REDIS = /\bredis-cli\b/;

const DESTRUCTIVE: readonly Destructive[] = [
  { name: '`rm -r`', find: at(/\brm\s+(?:-[a-zA-Z]*[rR][a-zA-Z]*|--recursive)\b/) },
  { name: '`find … -delete`', find: (t) => (/\bfind\b[^|;&]*\s-delete\b/.test(t) ? t.search(/\bfind\b/) : -1) },
  { name: '`DROP`', client: MYSQL, find: at(/\bDROP\s+(?:TABLE|DATABASE|SCHEMA|USER|VIEW|INDEX|ROLE)\b/i) },
  { name: '`TRUNCATE`', client: MYSQL, find: at(/\bTRUNCATE\s+[`\w]/i) },
  { name: '`DELETE` without `WHERE`', client: MYSQL, find: withoutWhere(/\bDELETE\s+FROM\b/i) },
  { name: '`UPDATE` without `WHERE`', client: MYSQL, find: withoutWhere(/\bUPDATE\s+[`\w.]+\s+SET\b/i) },
  { name: '`FLUSHALL`/`FLUSHDB`', client: REDIS, find: at(/\bFLUSH(?:ALL|DB)\b/i) },
  {
    name: '`UNLINK`/`DEL` over a pattern',
    client: REDIS,
    find: (t) =>
      /\b(?:UNLINK|DEL)\b/.test(t) && /--pattern\b|\bKEYS\s/.test(t) ? t.search(/--pattern\b|\bKEYS\s/) : -1,
  },
  { name: '`kubectl delete`', find: at(/\bkubectl\b[^|;&]*\sdelete\s/) },
  {
    name: 'stopping a database service',
    find: at(
      /\b(?:systemctl\s+(?:stop|disable|kill)\s[^|;&]*\b(?:mysql|mysqld|mariadb|redis|redis-server|postgresql)\b|service\s+(?:mysql|mysqld|mariadb|redis|redis-server)\S*\s+stop\b)/,
    ),
  },
  { name: '`DISCARD OLD PASSWORD`', client: MYSQL, find: at(/\bDISCARD\s+OLD\s+PASSWORD\b/i) },
];

export interface UnguardedCommand {
  line: number;
  name: string;
  /** Variables the command expands that no `: "${VAR:?}"` before it checks, when the block is in strict mode. */
  unchecked: string[];
  strict: boolean;
}

/** The text a command runs: its words, and the here-documents it feeds. Comments are not commands. */
const commandText = (c: ShellCommand) => [c.text, ...c.heredocs.map((h) => h.body)].join('\n');

/**
 * `cond && destructive` on the command's line, where `cond` is a real check, not `true`, `:` or an
 * `echo`, and within the command list the destructive part belongs to: after
 * `check && echo ok; rm -rf …` the `rm` runs whatever the check found. `index` is where the
 * destructive part starts in the command's text with its here-documents after it: past the
 * command's line when it is in a here-document, which the whole line then feeds.
 */
function guardedByAnd(command: ShellCommand, index: number): boolean {
  // Quotes blanked on the whole line first, so a `;` between quotes splits nothing.
  const line = stripQuoted(command.text);
  // `split` returns at least one part: the last is always there.
  const list = line
    .slice(0, index)
    .split(/;|\|\|/)
    .at(-1)!;
  const andAt = list.lastIndexOf('&&');
  if (andAt < 0) return false;
  const condition = list.slice(0, andAt).trim();
  return condition !== '' && !/^(?:true|:|echo\b|printf\b)/.test(condition);
}

/** A command that stops the block when a check fails: `check || exit 1`, `check || { echo …; exit 1; }`, `|| return`. */
const stopsOnFailure = (text: string) => /\|\|\s*(?:\{[^}]*)?\b(?:exit|return)\b/.test(stripQuoted(text));

function unguardedIn(code: string): UnguardedCommand[] {
  const commands = shellCommands(code);
  const found: UnguardedCommand[] = [];
  let strict = false;
  let stopped = false;
  const required = new Set<string>();
  for (const command of commands) {
    if (command.comment !== undefined) continue;
    if (command.text === ')') {
      // The end of a `( set -euo pipefail … )` block: its strict mode and checks end with it.
      strict = stopped = false;
      required.clear();
      continue;
    }
    const text = commandText(command);
    if (isStrictMode(command.text.replace(/^\(\s*/, ''))) strict = true;
    for (const name of requiredVariables(command.text)) required.add(name);
    for (const d of DESTRUCTIVE) {
      if (d.client && !d.client.test(command.text)) continue;
      const index = d.find(text);
      if (index < 0) continue;
      if (command.insideIf || guardedByAnd(command, index)) continue;
      const expands = [command.text, ...command.heredocs.filter((h) => h.expands).map((h) => h.body)].join('\n');
      const unchecked = expandedVariables(expands).filter((v) => !required.has(v));
      if (strict && unchecked.length === 0 && (stopped || required.size > 0)) continue;
      found.push({ line: command.line, name: d.name, unchecked, strict });
    }
    if (stopsOnFailure(command.text)) stopped = true;
  }
  return found;
}

/** The destructive commands of one shell block that nothing guards; remembered by block (read-only), as the checker sees the same blocks again when it watches. */
export const unguardedDestructive = memoize(unguardedIn, (code: string) => code);

/**
 * A block that holds alternatives, of which the reader must paste only some lines: labelled
 * cases (`# incident:` … `# drill:`, `# A:` … `# C:`), "instead", "only the line", or a
 * commented-out command to uncomment. The Copy button copies all of it.
 */
export function mixedAlternatives(code: string): { line: number; comment: string } | null {
  const comments = shellCommands(code).filter((c) => c.comment !== undefined);
  const label =
    /^(?:\(?[A-Z]\)?(?:\s*(?:and|,|\/)\s*[A-Z])*|incident|drill|option\s+\w+|path\s+\w+|mode\s+\w+|case\s+\w+)\s*[:)]/i;
  // Stryker disable next-line StringLiteral: equivalent, `comments` holds only commands with a comment
  const labels = comments.filter((c) => label.test(c.comment ?? ''));
  // Stryker disable next-line StringLiteral: equivalent, `labels` holds only commands with a comment
  if (labels.length >= 2) return { line: labels[0]?.line ?? 1, comment: labels[0]?.comment ?? '' };
  // Stryker disable StringLiteral: equivalent, `comments` holds only commands with a comment
  const choice = comments.find(
    (c) =>
      /\binstead\b|\bonly the (?:line|command)\b|\brun only\b|\beither\b|^or\b|\bfor your (?:mode|case)\b|\bdepending on\b/i.test(
        c.comment ?? '',
      ) || /^(?:kubectl|ssh|sudo|mysql|redis-cli|curl|systemctl|helm|rm|docker)\s/.test(c.comment ?? ''),
  );
  // Stryker restore StringLiteral
  // Stryker disable next-line StringLiteral: equivalent, `choice` is one of `comments`, which all have a comment
  return choice ? { line: choice.line, comment: choice.comment ?? '' } : null;
}
