/** How a shell block is read into commands: where a here-document ends. */
import { describe, expect, it } from 'vitest';
import { shellCommands } from '../../src/lib/code-blocks/shell.ts';

describe('here-documents', () => {
  it('with <<-, the delimiter may be indented by tabs; a line with a tab inside the delimiter does not end the body', () => {
    const commands = shellCommands('mysql <<-SQL\n\tSELECT 1;\nS\tQL\n\t\tSQL\necho done');
    expect(commands.map((c) => [c.line, c.text, c.heredocs])).toEqual([
      [1, 'mysql <<-SQL', [{ body: '\tSELECT 1;\nS\tQL', line: 2, expands: true }]],
      [5, 'echo done', []],
    ]);
  });

  it('a quoted delimiter gives a body that does not expand, ending at the delimiter line', () => {
    const commands = shellCommands("mysql <<'SQL'\nSELECT '$x';\nSQL\necho done");
    expect(commands.map((c) => [c.line, c.text, c.heredocs])).toEqual([
      [1, "mysql <<'SQL'", [{ body: "SELECT '$x';", line: 2, expands: false }]],
      [4, 'echo done', []],
    ]);
  });
});
