import { codeBlocksOf, isShell, placeIn } from '../code-blocks/collect.ts';
import { sqlErrors, sqlInShell, type SqlText } from '../code-blocks/sql.ts';
import { finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/** SQL blocks, and the SQL that shell blocks feed to `mysql`, parse as MySQL 8. */
export const codeSql: Check = {
  id: 'sql-syntax',
  description: 'SQL that MySQL 8 would reject',
  run({ model }) {
    return codeBlocksOf(model).flatMap(({ file, block }) => {
      const texts: SqlText[] =
        block.lang === 'sql' ? [{ sql: block.value, line: 1 }] : isShell(block) ? sqlInShell(block.value) : [];
      return texts
        .flatMap(sqlErrors)
        .map((e) =>
          finding(
            'sql-syntax',
            { file, position: placeIn(block, e.line, 1) },
            `MySQL 8 would reject \`${e.statement}\`: ${e.message}`,
            'fix the statement: as pasted it fails, and the commands after it run anyway',
          ),
        );
    });
  },
};
