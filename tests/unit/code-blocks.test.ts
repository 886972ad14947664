/** What the code-block rules accept as a guard, an alternative or valid SQL: the edges of each judgement. */
import { describe, expect, it } from 'vitest';
import { mixedAlternatives, unguardedDestructive } from '../../src/lib/code-blocks/destructive.ts';
import { shellCommands } from '../../src/lib/code-blocks/shell.ts';
import { sqlErrors, sqlInShell } from '../../src/lib/code-blocks/sql.ts';

const names = (code: string) => unguardedDestructive(code).map((u) => u.name);
const sql = (code: string) =>
  sqlInShell(code)
    .flatMap(sqlErrors)
    .map((e) => `${e.line}: ${e.message.slice(0, 40)}`);

describe('destructive commands and their guards', () => {
  it('each kind is found when nothing guards it', () => {
    expect(names('rm -rf /restore/full')).toEqual(['`rm -r`']);
    expect(names('find /var/lib/mysql -mindepth 1 -delete')).toEqual(['`find … -delete`']);
    expect(names('mysql -e "DROP TABLE reservation"')).toEqual(['`DROP`']);
    expect(names('mysql -e "TRUNCATE TABLE reservation"')).toEqual(['`TRUNCATE`']);
    expect(names('mysql -e "DELETE FROM reservation"')).toEqual(['`DELETE` without `WHERE`']);
    expect(names('mysql -e "UPDATE room_inventory SET sold_rooms = 0"')).toEqual(['`UPDATE` without `WHERE`']);
    expect(names('redis-cli FLUSHALL')).toEqual(['`FLUSHALL`/`FLUSHDB`']);
    expect(names('redis-cli --scan --pattern "avail:*" | xargs redis-cli DEL')).toEqual([
      '`UNLINK`/`DEL` over a pattern',
    ]);
    expect(names('kubectl -n booking delete pod redis-0')).toEqual(['`kubectl delete`']);
    expect(names('sudo systemctl stop mysqld')).toEqual(['stopping a database service']);
    expect(names(`mysql -e "ALTER USER 'a'@'%' DISCARD OLD PASSWORD"`)).toEqual(['`DISCARD OLD PASSWORD`']);
  });

  it('SQL words outside a mysql command are text, and a WHERE makes DELETE and UPDATE targeted', () => {
    expect(names("grep -E 'DROP TABLE|TRUNCATE|DELETE FROM' window.txt")).toEqual([]);
    expect(names('mysql -e "DELETE FROM reservation WHERE id = 4"')).toEqual([]);
    expect(names('rm -f /tmp/x.txt')).toEqual([]);
  });

  it('an if, a real check before &&, or strict mode with a stopping check are guards; an echo is not', () => {
    expect(names('if [ "$(hostname -s)" = db-restore-01 ]; then\n  sudo systemctl stop mysqld\nfi')).toEqual([]);
    expect(names('[ "$(hostname -s)" = db-restore-01 ] && sudo systemctl stop mysqld')).toEqual([]);
    expect(names('echo "check the host" && sudo systemctl stop mysqld')).toEqual(['stopping a database service']);
    expect(names('[ "$(hostname -s)" = db-restore-01 ] || echo "WRONG HOST"\nsudo systemctl stop mysqld')).toEqual([
      'stopping a database service',
    ]);
    expect(
      names(
        '(\n  set -euo pipefail\n  [ "$(hostname -s)" = db-restore-01 ] || { echo WRONG; exit 1; }\n  sudo systemctl stop mysqld\n)',
      ),
    ).toEqual([]);
    expect(names('set -euo pipefail\nsudo systemctl stop mysqld')).toEqual(['stopping a database service']);
    expect(names('(\n  set -euo pipefail\n  [ -d /x ] || exit 1\n)\nsudo systemctl stop mysqld')).toEqual([
      'stopping a database service',
    ]);
  });

  it('an if on a condition that always holds (true, :) guards nothing, on one line or over several', () => {
    expect(names('if true; then\n  kubectl delete pod booking-api-0\nfi')).toEqual(['`kubectl delete`']);
    expect(names('if :; then kubectl delete pod booking-api-0; fi')).toEqual(['`kubectl delete`']);
    expect(names('if true\nthen\n  sudo systemctl stop mysqld\nfi')).toEqual(['stopping a database service']);
    expect(names('if [ -n "$POD" ]; then\n  if true; then kubectl delete pod "$POD"; fi\nfi')).toEqual([]);
  });

  it('in strict mode, every variable of the command must be checked with :?', () => {
    const code = (checks: string) => `set -euo pipefail\n${checks}\nrm -rf "/restore/$DIR/$SUB"`;
    expect(unguardedDestructive(code(': "${DIR:?}"')).map((u) => u.unchecked)).toEqual([['SUB']]);
    expect(names(code(': "${DIR:?}" "${SUB:?}"'))).toEqual([]);
  });

  it('a here-document is part of the command that feeds it', () => {
    const commands = shellCommands("mysql <<'SQL'\nDROP TABLE t;\nSQL\necho done");
    expect(commands.map((c) => [c.line, c.text, c.heredocs.length])).toEqual([
      [1, "mysql <<'SQL'", 1],
      [4, 'echo done', 0],
    ]);
    expect(names("mysql <<'SQL'\nDROP TABLE t;\nSQL")).toEqual(['`DROP`']);
  });
});

describe('mixed alternatives', () => {
  it('labelled cases, "instead" and commented-out commands are alternatives; a single note is not', () => {
    expect(mixedAlternatives('# incident:\na\n# drill:\nb')?.line).toBe(1);
    expect(mixedAlternatives('a\n# all providers down, instead:\nb')?.line).toBe(2);
    expect(mixedAlternatives("a\n# ssh $NODE 'sudo reboot'")?.line).toBe(2);
    expect(mixedAlternatives('# edit the FROM line, then:\ndocker build .')).toBeNull();
  });
});

describe('SQL in shell blocks', () => {
  it('reads here-documents and -e strings given to mysql, not to other commands', () => {
    expect(sql('mysql -e "SELEC 1"')).toHaveLength(1);
    expect(sql('echo "SELEC 1"')).toEqual([]);
    expect(sql('mysql <<SQL\nSELECT 1;\nSELEC 2;\nSQL')).toEqual([expect.stringMatching(/^3: /)]);
  });

  it('the same faulty statement twice is reported at each place, a line within it counted from where it starts', () => {
    const twice = 'mysql <<SQL\nSELECT 1\nFROM t\nWHER x = 1;\nSELECT 2;\nSELECT 1\nFROM t\nWHER x = 1;\nSQL';
    expect(sql(twice)).toEqual([expect.stringMatching(/^4: /), expect.stringMatching(/^8: /)]);
  });

  it('MySQL 8 account clauses in the manual order pass; any other order fails', () => {
    expect(sql("mysql -e \"CREATE USER 'a'@'%' IDENTIFIED BY 'x' REQUIRE SSL PASSWORD EXPIRE\"")).toEqual([]);
    expect(sql("mysql -e \"ALTER USER 'a'@'%' IDENTIFIED BY 'x' RETAIN CURRENT PASSWORD\"")).toEqual([]);
    expect(sql("mysql -e \"ALTER USER 'a'@'%' PASSWORD REQUIRE CURRENT ACCOUNT LOCK\"")).toEqual([]);
    expect(sql("mysql -e \"CREATE USER 'a'@'%' IDENTIFIED BY 'x' PASSWORD EXPIRE REQUIRE SSL\"")).toHaveLength(1);
    expect(sql("mysql -e \"CREATE USER 'a'@'%' ACCOUNT LOCK WITH MAX_QUERIES_PER_HOUR 10\"")).toHaveLength(1);
  });

  it('a variable as the whole -e argument is not SQL to parse', () => {
    expect(sql('mysql -e "$Q"')).toEqual([]);
  });
});
