/**
 * SQL an engineer pastes: `sql` blocks, and in shell blocks the here-documents and `-e` strings
 * given to `mysql`. Parsed for MySQL 8 with node-sql-parser; account statements (`CREATE USER`,
 * `ALTER USER`), which its grammar does not cover (it rejects the valid
 * `… REQUIRE SSL PASSWORD EXPIRE` and `… DISCARD OLD PASSWORD`), are checked against the clause
 * order of the MySQL 8 reference manual instead.
 */
// The MySQL build only: the package's default entry loads every dialect (2.4 MB, twice the start-up).
import sqlParser from 'node-sql-parser/build/mysql.js';
import { memoize } from '../memo.ts';
import { shellCommands } from './shell.ts';

export interface SqlText {
  /** The SQL, shell variables replaced by a placeholder of the same length. */
  sql: string;
  /** The SQL as written, for messages (same length as `sql`). */
  written?: string;
  /** 1-based line of the block where the SQL starts. */
  line: number;
}

export interface SqlError {
  /** 1-based line of the block. */
  line: number;
  statement: string;
  message: string;
}

const blankVariables = (sql: string) => sql.replace(/\$\{?[A-Za-z_][A-Za-z0-9_]*\}?/g, (v) => 'v'.repeat(v.length));

export function sqlInShell(code: string): SqlText[] {
  const found: SqlText[] = [];
  for (const command of shellCommands(code)) {
    if (command.comment !== undefined || !/\bmysql\b/.test(command.text)) continue;
    for (const h of command.heredocs)
      found.push({ sql: h.expands ? blankVariables(h.body) : h.body, written: h.body, line: h.line });
    for (const m of command.text.matchAll(/(?:\s-e\s*|--execute[=\s])(?:"((?:[^"\\]|\\.)*)"|'([^']*)')/g)) {
      // Stryker disable next-line StringLiteral: equivalent, one of the two alternatives matched, so `m[1]` or `m[2]` is a string
      if (/^\s*"?\$\{?[A-Za-z_][A-Za-z0-9_]*\}?"?\s*$/.test(m[1] ?? m[2] ?? '')) continue; // `-e "$Q"`: the SQL is elsewhere
      // Stryker disable next-line StringLiteral: equivalent, one of the two alternatives matched, so `m[2]` is a string when `m[1]` is not
      const written = m[1] !== undefined ? m[1].replace(/\\(["\\$`])/g, '$1') : (m[2] ?? '');
      found.push({ sql: m[1] !== undefined ? blankVariables(written) : written, written, line: command.line });
    }
  }
  return found;
}

/** Statements the node-sql-parser grammar does not know; not checked, rather than reported wrongly. */
const NOT_COVERED =
  /^(?:SHOW\s+(?=\S)(?!GRANTS\b)|STOP\s|START\s|CHANGE\s|RESET\s|PURGE\s|FLUSH\s|KILL\s|LOCK\s+INSTANCE|UNLOCK\s+INSTANCE|INSTALL\s|CLONE\s|SET\s+(?:GLOBAL|PERSIST|SESSION|DEFAULT\s+ROLE|ROLE|PASSWORD)\b|DROP\s+USER\s|REVOKE\s|\\)/i;

const ACCOUNT = /^(CREATE|ALTER)\s+USER\b/i;

/** Clauses of CREATE/ALTER USER after the user list, in the order MySQL 8 requires. */
const ACCOUNT_CLAUSES: readonly { name: string; re: RegExp }[] = [
  { name: 'DEFAULT ROLE', re: /\bDEFAULT\s+ROLE\b/gi },
  { name: 'REQUIRE', re: /(?<!PASSWORD\s+)\bREQUIRE\s+(?!CURRENT\b)/gi },
  { name: 'WITH (resource limits)', re: /\bWITH\s+MAX_/gi },
  {
    name: 'password and lock options',
    re: /\bPASSWORD\s+(?:EXPIRE|HISTORY|REUSE|REQUIRE\s+CURRENT)\b|\bFAILED_LOGIN_ATTEMPTS\b|\bPASSWORD_LOCK_TIME\b|\bACCOUNT\s+(?:UN)?LOCK\b/gi,
  },
  { name: 'COMMENT/ATTRIBUTE', re: /\b(?:COMMENT|ATTRIBUTE)\s+'/gi },
];

function accountClauseOrder(statement: string): string | null {
  // Quoted strings (passwords, comments) emptied, so that the words in them are not read as clauses.
  const bare = statement.replace(/'[^']*'/g, "''");
  const seen = ACCOUNT_CLAUSES.flatMap((clause, rank) =>
    [...bare.matchAll(clause.re)].map((m) => ({ at: m.index, rank, name: clause.name })),
  ).sort((a, b) => a.at - b.at);
  const i = seen.findIndex((after, n) => n > 0 && after.rank < seen[n - 1]!.rank);
  if (i < 0) return null;
  const [before, after] = [seen[i - 1]!, seen[i]!];
  return `\`${after.name}\` must come before \`${before.name}\` (MySQL 8: user, auth, DEFAULT ROLE, REQUIRE, WITH, password/lock options, COMMENT)`;
}

const parser = new sqlParser.Parser();

/**
 * What the grammar says against one statement, if anything (its line within the statement).
 * Remembered per statement: runbooks repeat the same queries, and the parser is the check's slowest step.
 */
const parseProblem = memoize(
  (statement: string): { line: number; message: string } | undefined => {
    try {
      parser.astify(statement, { database: 'MySQL' });
      return undefined;
    } catch (error) {
      const e = error as { message?: string; location?: { start?: { line: number } } };
      return {
        line: e.location?.start?.line ?? 1,
        // Stryker disable next-line StringLiteral: equivalent, `split` returns at least one part
        message: (e.message ?? String(error)).split('\n')[0]?.slice(0, 160) ?? '',
      };
    }
  },
  (statement) => statement,
);

/** Split on `;` and `\G` outside quotes. */
function statements(sql: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === ';' || (c === '\\' && sql[i + 1] === 'G')) {
      out.push({ text: sql.slice(start, i), offset: start });
      if (c === '\\') i++;
      start = i + 1;
    }
  }
  out.push({ text: sql.slice(start), offset: start });
  return out.filter((s) => s.text.replace(/--.*$|#.*$/gm, '').trim() !== '');
}

export function sqlErrors(text: SqlText): SqlError[] {
  const errors: SqlError[] = [];
  for (const { text: raw, offset } of statements(text.sql)) {
    const lead = raw.length - raw.trimStart().length;
    const line = text.line + (text.sql.slice(0, offset + lead).match(/\n/g)?.length ?? 0);
    const statement = raw.trim();
    const asWritten = (text.written ?? text.sql).slice(offset, offset + raw.length).trim();
    const short = asWritten.replace(/\s+/g, ' ').slice(0, 60) + (asWritten.length > 60 ? '…' : '');
    if (ACCOUNT.test(statement)) {
      const problem = accountClauseOrder(statement);
      if (problem) errors.push({ line, statement: short, message: problem });
      continue;
    }
    if (NOT_COVERED.test(statement)) continue;
    const problem = parseProblem(statement);
    if (problem) errors.push({ line: line + problem.line - 1, statement: short, message: problem.message });
  }
  return errors;
}
