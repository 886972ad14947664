/**
 * The SQL a shell block gives to mysql (the `-e`/`--execute` strings, as the shell unquotes them,
 * with variables blanked where the shell expands them), and which statements are parsed.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Sql = typeof import('../../src/lib/code-blocks/sql.ts');
let sqlErrors: Sql['sqlErrors'];
let sqlInShell: Sql['sqlInShell'];
// Which statements are parsed is a pattern built when the module loads: each test loads it afresh, so
// that the pattern it checks is built inside the test (see "Compute inside the test" in the README).
beforeEach(async () => {
  vi.resetModules();
  ({ sqlErrors, sqlInShell } = await import('../../src/lib/code-blocks/sql.ts'));
});

describe('the -e strings of mysql', () => {
  it('in double quotes, the shell expands $VAR and ${VAR}: each is blanked to the same length, the text as written is kept', () => {
    expect(sqlInShell('mysql -e "SELECT * FROM $TABLE WHERE id = ${ID}"')).toEqual([
      { sql: 'SELECT * FROM vvvvvv WHERE id = vvvvv', written: 'SELECT * FROM $TABLE WHERE id = ${ID}', line: 1 },
    ]);
    expect(sqlInShell('mysql -e "SELECT $_x1"')).toEqual([{ sql: 'SELECT vvvv', written: 'SELECT $_x1', line: 1 }]);
  });

  it('in single quotes, nothing is expanded and nothing blanked', () => {
    expect(sqlInShell(`mysql -e 'SELECT "$x" FROM t'`)).toEqual([
      { sql: 'SELECT "$x" FROM t', written: 'SELECT "$x" FROM t', line: 1 },
    ]);
  });

  it('in double quotes, \\" \\\\ and \\` are unescaped as the shell does; other backslashes stay', () => {
    const written = "SELECT \"a\", `b`, '\\n', '\\t'";
    expect(sqlInShell('mysql -e "SELECT \\"a\\", \\`b\\`, \'\\\\n\', \'\\t\'"')).toEqual([
      { sql: written, written, line: 1 },
    ]);
  });

  it('-e with or without a space, and --execute with = or a space', () => {
    const found = (code: string) => sqlInShell(code).map((s) => s.written);
    expect(found('mysql -e"SELECT 1"')).toEqual(['SELECT 1']);
    expect(found('mysql -e  "SELECT 1"')).toEqual(['SELECT 1']);
    expect(found('mysql --execute="SELECT 1"')).toEqual(['SELECT 1']);
    expect(found("mysql --execute 'SELECT 1'")).toEqual(['SELECT 1']);
    expect(found('mysql -e \'SELECT 1\' -e "SELECT 2"')).toEqual(['SELECT 1', 'SELECT 2']);
  });

  it('a string that is one variable, however quoted or spaced, holds no SQL to read', () => {
    expect(sqlInShell('mysql -e "$Q"')).toEqual([]);
    expect(sqlInShell('mysql -e " $Q"')).toEqual([]);
    expect(sqlInShell('mysql -e "${Q} "')).toEqual([]);
    expect(sqlInShell('mysql -e \'"$Q"\'')).toEqual([]);
  });

  it('a string that starts or ends with a variable but holds more is SQL', () => {
    expect(sqlInShell('mysql -e "$COLS FROM t"')).toEqual([{ sql: 'vvvvv FROM t', written: '$COLS FROM t', line: 1 }]);
    expect(sqlInShell('mysql -e "SELECT $C"')).toEqual([{ sql: 'SELECT vv', written: 'SELECT $C', line: 1 }]);
  });

  it('a commented-out mysql command and other commands give no SQL', () => {
    expect(sqlInShell('# mysql -e "DROP TABLE t"')).toEqual([]);
    expect(sqlInShell('echo -e "SELECT 1"')).toEqual([]);
  });

  it('the line is the line of the command', () => {
    expect(sqlInShell('echo start\n\nmysql -e "SELECT 1"')).toEqual([
      { sql: 'SELECT 1', written: 'SELECT 1', line: 3 },
    ]);
  });
});

describe('statements', () => {
  const errors = (sql: string) => sqlErrors({ sql, line: 1 }).map((e) => e.statement);

  it('an escaped quote does not end a string, so a ; after it splits nothing', () => {
    expect(errors("SELECT 'it\\'s; fine' FROM t")).toEqual([]);
  });

  it('statements the parser does not know are not checked: SHOW (but SHOW GRANTS), STOP, START', () => {
    expect(errors('SHOW REPLICA STATUS')).toEqual([]);
    expect(errors('STOP REPLICA')).toEqual([]);
    expect(errors('START REPLICA')).toEqual([]);
    expect(errors('SHOW GRANTS FOR')).toEqual(['SHOW GRANTS FOR']);
    expect(errors('SHOW  GRANTS FOR')).toEqual(['SHOW GRANTS FOR']);
  });

  it('every statement MySQL runs that the grammar does not know is left unchecked, in any case and spacing', () => {
    // each one fails to parse: checked, it would be reported as broken SQL
    for (const statement of [
      'SHOW  REPLICA STATUS',
      'CHANGE REPLICATION SOURCE TO SOURCE_DELAY = 0',
      'RESET MASTER',
      'PURGE BINARY LOGS BEFORE NOW()',
      'FLUSH PRIVILEGES',
      'KILL 42',
      'LOCK  INSTANCE FOR BACKUP',
      'UNLOCK  INSTANCE',
      "INSTALL PLUGIN clone SONAME 'mysql_clone.so'",
      "CLONE LOCAL DATA DIRECTORY = '/restore/clone'",
      'SET GLOBAL read_only = ON',
      'SET  GLOBAL read_only = ON',
      'SET DEFAULT ROLE ALL TO booking_app',
      'SET DEFAULT  ROLE ALL TO booking_app',
      'SET ROLE booking_ro',
      "SET PASSWORD FOR booking_app = 'x'",
      'DROP USER  booking_old',
      'DROP  USER booking_old',
      'REVOKE ALL ON *.* FROM booking_old',
      'reset master',
    ])
      expect(errors(statement), statement).toEqual([]);
  });

  it('a statement is not covered by such a word in its middle', () => {
    expect(errors('SELEC 1 FLUSH TABLES')).toEqual(['SELEC 1 FLUSH TABLES']);
  });
});

describe('MySQL 8 account clauses', () => {
  const messages = (sql: string) => sqlErrors({ sql, line: 1 }).map((e) => e.message);
  const order = (after: string, before: string) => [
    `\`${after}\` must come before \`${before}\` (MySQL 8: user, auth, DEFAULT ROLE, REQUIRE, WITH, password/lock options, COMMENT)`,
  ];
  const pairs: [string, string[]][] = [
    ['REQUIRE SSL DEFAULT ROLE booking_ro', order('DEFAULT ROLE', 'REQUIRE')],
    ['WITH MAX_QUERIES_PER_HOUR 10 REQUIRE SSL', order('REQUIRE', 'WITH (resource limits)')],
    ['ACCOUNT LOCK WITH MAX_QUERIES_PER_HOUR 10', order('WITH (resource limits)', 'password and lock options')],
    ["COMMENT 'front desk' ACCOUNT LOCK", order('password and lock options', 'COMMENT/ATTRIBUTE')],
    ["ATTRIBUTE '{}' PASSWORD EXPIRE", order('password and lock options', 'COMMENT/ATTRIBUTE')],
    ["COMMENT 'front desk' PASSWORD REQUIRE CURRENT", order('password and lock options', 'COMMENT/ATTRIBUTE')],
  ];

  it('a clause before one it must follow is named with the one it must come before, however spaced', () => {
    for (const [clauses, expected] of pairs) {
      expect(messages(`ALTER USER 'a'@'%' ${clauses}`), clauses).toEqual(expected);
      const spaced = clauses.replaceAll(' ', '  ');
      expect(messages(`ALTER USER 'a'@'%' ${spaced}`), spaced).toEqual(expected);
      expect(messages(`CREATE  USER 'a'@'%' IDENTIFIED BY 'x' ${clauses}`), clauses).toEqual(expected);
    }
  });

  it('PASSWORD REQUIRE CURRENT is a password option, not REQUIRE, however spaced', () => {
    expect(messages("ALTER USER 'a'@'%' PASSWORD REQUIRE CURRENT ACCOUNT LOCK")).toEqual([]);
    expect(messages("ALTER USER 'a'@'%' PASSWORD  REQUIRE  CURRENT  ACCOUNT  LOCK")).toEqual([]);
  });

  it('words inside a quoted password or comment are not clauses', () => {
    expect(messages("CREATE USER 'a'@'%' IDENTIFIED BY 'ACCOUNT LOCK' REQUIRE SSL")).toEqual([]);
    expect(messages("CREATE USER 'a'@'%' IDENTIFIED BY 'FAILED_LOGIN_ATTEMPTS' REQUIRE SSL")).toEqual([]);
  });

  it('only a statement that starts with CREATE USER or ALTER USER is read as one; another is parsed', () => {
    expect(sqlErrors({ sql: "SELEC 'alter user'", line: 1 }).map((e) => e.statement)).toEqual(["SELEC 'alter user'"]);
  });
});
