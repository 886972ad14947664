/**
 * A small reading of a pasted shell block, enough for the rules that judge guards: logical
 * commands (continuation lines joined, here-documents attached to the command that opens them),
 * whether each runs inside an `if`, and which variables it expands. Syntax itself is ShellCheck's job.
 */

export interface ShellCommand {
  /** 1-based line of the block where the command starts. */
  line: number;
  /** The command as written, continuation lines joined, without its here-document bodies. */
  text: string;
  /** The here-document bodies the command feeds (SQL for `mysql <<SQL`). */
  heredocs: { body: string; line: number; expands: boolean }[];
  /** Inside the body of an `if … then`, `elif … then` or `else` branch. */
  insideIf: boolean;
  /** Comment text of the line, if the line is only a comment. */
  comment?: string;
}

/** An `if` and its condition, up to `; then`, ` then` or the end of the line. */
const IF_CONDITION = /(^|[;&|(]\s*)if\s+(.*?)(?=;\s*then\b|\s+then\b|$)/g;
/** Conditions that always hold, so the `if` checks nothing. */
const ALWAYS_TRUE = /^\s*(?:true|:|!\s*false)\s*;?\s*$/;

const HEREDOC = /<<(-?)\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\2/g;

/** Three rules read the same blocks; the reading is kept for the run (bounded, for the benchmark's 80,000 blocks). */
const read = new Map<string, ShellCommand[]>();

export function shellCommands(code: string): ShellCommand[] {
  let commands = read.get(code);
  if (!commands) {
    if (read.size >= 20_000) read.clear();
    commands = readCommands(code);
    read.set(code, commands);
  }
  return commands;
}

function readCommands(code: string): ShellCommand[] {
  const lines = code.split('\n');
  const commands: ShellCommand[] = [];
  // One entry per open `if`: whether its condition tests something (`if true` guards nothing).
  const openIfs: boolean[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    // Stryker disable next-line StringLiteral: equivalent, `i` is below `lines.length`
    let text = lines[i] ?? '';
    // Stryker disable next-line StringLiteral: equivalent, the loop runs only while `i + 1` is below `lines.length`
    while (/\\$/.test(text) && i + 1 < lines.length) text = text.slice(0, -1) + ' ' + (lines[++i] ?? '').trim();
    const trimmed = text.trim();
    if (trimmed === '') continue;
    if (trimmed.startsWith('#')) {
      commands.push({
        line: start + 1,
        text: trimmed,
        heredocs: [],
        insideIf: openIfs.some(Boolean),
        comment: trimmed.replace(/^#+\s*/, ''),
      });
      continue;
    }
    const heredocs: ShellCommand['heredocs'] = [];
    // The raw text: the delimiter itself is often quoted (`<<'SQL'`, no expansion in the body).
    for (const m of text.matchAll(HEREDOC)) {
      // Stryker disable next-line StringLiteral: equivalent, group 3 of HEREDOC is not optional, so it is always a string
      const terminator = m[3] ?? '';
      const bodyStart = i + 1;
      let end = bodyStart;
      // Stryker disable next-line StringLiteral: equivalent, `end` is below `lines.length` where it is read
      while (end < lines.length && (lines[end] ?? '').replace(m[1] ? /^\t+/ : /^$/, '').trim() !== terminator) end++;
      heredocs.push({ body: lines.slice(bodyStart, end).join('\n'), line: bodyStart + 1, expands: m[2] === '' });
      i = end;
    }
    const bare = stripQuoted(trimmed);
    // Stryker disable next-line StringLiteral: equivalent, group 2 of IF_CONDITION is not optional, so it is always a string
    const opens = [...bare.matchAll(IF_CONDITION)].map((m) => !ALWAYS_TRUE.test(m[2] ?? ''));
    const closes = (bare.match(/(^|[;&|]\s*)fi\b/g) ?? []).length;
    // A one-line `if …; then …; fi` guards its own body, when its condition tests something.
    const guardedOnOneLine =
      opens.length > 0 && opens.length === closes && /\bthen\b/.test(bare) && opens.some(Boolean);
    commands.push({ line: start + 1, text: trimmed, heredocs, insideIf: openIfs.some(Boolean) || guardedOnOneLine });
    openIfs.push(...opens);
    openIfs.splice(Math.max(0, openIfs.length - closes));
  }
  return commands;
}

/** The text with the contents of quoted strings blanked, so that a `#` or `if` in a string is not read as syntax. */
export function stripQuoted(text: string): string {
  return text
    .replace(/'[^']*'/g, (s) => `'${' '.repeat(s.length - 2)}'`)
    .replace(/"(?:[^"\\]|\\.)*"/g, (s) => `"${' '.repeat(s.length - 2)}"`);
}

/** Variables a command expands (`$VAR`, `${VAR}`, `${VAR:-…}`), positional and special ones left out. */
export function expandedVariables(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) if (m[1]) names.add(m[1]);
  return [...names];
}

/** `set -euo pipefail` (in any order of the flags, or `set -e -u -o pipefail`). */
export const isStrictMode = (text: string): boolean =>
  /^set\s/.test(text) && /\s-[a-z]*e/.test(text) && /\s-[a-z]*u/.test(text) && /-[a-z]*o\s+pipefail/.test(text);

/** Variables a command checks with `: "${VAR:?message}"`: the shell stops when one is unset or empty. */
export function requiredVariables(text: string): string[] {
  // Stryker disable next-line StringLiteral: equivalent, group 1 is not optional, so it is always a non-empty name
  return [...text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*):\?/g)].map((m) => m[1] ?? '').filter(Boolean);
}
