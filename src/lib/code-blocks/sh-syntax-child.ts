/**
 * Child process of `shellcheck.ts` when ShellCheck is missing: reads a JSON array of shell blocks
 * on stdin, prints one list of syntax errors per block (mvdan/sh, bash dialect) on stdout.
 */
import { LangVariant, parse } from 'sh-syntax';

interface ShError {
  Text?: string;
  Pos?: { Line: number; Col: number };
}

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const blocks = JSON.parse(Buffer.concat(chunks).toString('utf8')) as string[];
const results = [];
for (const code of blocks) {
  try {
    await parse(code, { variant: LangVariant.LangBash });
    results.push([]);
  } catch (error) {
    const e = error as ShError;
    results.push([
      { line: e.Pos?.Line ?? 1, column: e.Pos?.Col ?? 1, level: 'error', code: 0, message: e.Text ?? String(error) },
    ]);
  }
}
process.stdout.write(JSON.stringify(results));
