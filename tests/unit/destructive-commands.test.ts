/**
 * Which commands of a shell block count as destructive, by the exact shape of each pattern, and
 * where in a multi-statement SQL string a DELETE or UPDATE without WHERE is found.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Destructive = typeof import('../../src/lib/code-blocks/destructive.ts');
let unguardedDestructive: Destructive['unguardedDestructive'];
let mixedAlternatives: Destructive['mixedAlternatives'];
// The table of destructive commands is built when the module loads: each test loads it afresh, so
// that the table it checks is built inside the test (see "Compute inside the test" in the README).
beforeEach(async () => {
  vi.resetModules();
  ({ unguardedDestructive, mixedAlternatives } = await import('../../src/lib/code-blocks/destructive.ts'));
});

const names = (code: string) => unguardedDestructive(code).map((u) => u.name);

describe('rm -r', () => {
  it('a recursive flag alone, among others or spelled out is found, however far after rm', () => {
    expect(unguardedDestructive('rm -r /restore/full')).toEqual([
      { line: 1, name: '`rm -r`', unchecked: [], strict: false },
    ]);
    expect(names('rm -R /restore/full')).toEqual(['`rm -r`']);
    expect(names('rm -rf /restore/full')).toEqual(['`rm -r`']);
    expect(names('rm -fr /restore/full')).toEqual(['`rm -r`']);
    expect(names('rm -vrf /restore/full')).toEqual(['`rm -r`']);
    expect(names('rm --recursive /restore/full')).toEqual(['`rm -r`']);
    expect(names('rm  -rf /restore/full')).toEqual(['`rm -r`']);
  });

  it('rm without a recursive flag is not', () => {
    expect(names('rm -f /tmp/x.txt')).toEqual([]);
    expect(names('rm -fv /tmp/x.txt')).toEqual([]);
    expect(names('rm /tmp/x.txt')).toEqual([]);
  });
});

describe('SQL given to mysql', () => {
  it('DROP of a table, database, schema, user, view, index or role, however spaced', () => {
    for (const what of [
      'TABLE t',
      'DATABASE booking',
      'SCHEMA booking',
      "USER 'a'@'%'",
      'VIEW v',
      'INDEX i ON t',
      'ROLE r',
    ])
      expect(names(`mysql -e "DROP ${what}"`)).toEqual(['`DROP`']);
    expect(names("mysql <<'SQL'\nDROP  TABLE reservation;\nSQL")).toEqual(['`DROP`']);
    expect(names("mysql <<'SQL'\ndrop\n  table reservation;\nSQL")).toEqual(['`DROP`']);
    expect(names('mysql -e "DROP PROCEDURE p"')).toEqual([]);
  });

  it('TRUNCATE with or without TABLE, of a plain or quoted name', () => {
    expect(names('mysql -e "TRUNCATE TABLE reservation"')).toEqual(['`TRUNCATE`']);
    expect(names('mysql -e "TRUNCATE reservation"')).toEqual(['`TRUNCATE`']);
    expect(names('mysql -e "TRUNCATE  reservation"')).toEqual(['`TRUNCATE`']);
    expect(names('mysql -e "TRUNCATE TABLE  reservation"')).toEqual(['`TRUNCATE`']);
    expect(names("mysql <<'SQL'\nTRUNCATE `reservation`;\nSQL")).toEqual(['`TRUNCATE`']);
    expect(names("mysql -e 'SELECT 1 -- TRUNCATE ;'")).toEqual([]);
  });

  it('DELETE FROM without WHERE, however spaced; with WHERE it is targeted', () => {
    expect(names('mysql -e "DELETE  FROM reservation"')).toEqual(['`DELETE` without `WHERE`']);
    expect(names("mysql <<'SQL'\nDELETE\nFROM reservation;\nSQL")).toEqual(['`DELETE` without `WHERE`']);
    expect(names('mysql -e "DELETE FROM reservation WHERE id = 4"')).toEqual([]);
  });

  it('UPDATE … SET without WHERE, of a plain, qualified or quoted table, however spaced', () => {
    expect(names('mysql -e "UPDATE room_inventory SET sold = 0"')).toEqual(['`UPDATE` without `WHERE`']);
    expect(names('mysql -e "UPDATE booking.room_inventory SET sold = 0"')).toEqual(['`UPDATE` without `WHERE`']);
    expect(names('mysql -e "UPDATE  room_inventory  SET sold = 0"')).toEqual(['`UPDATE` without `WHERE`']);
    expect(names("mysql <<'SQL'\nUPDATE `room`\nSET sold = 0;\nSQL")).toEqual(['`UPDATE` without `WHERE`']);
    expect(names('mysql -e "UPDATE room_inventory SET sold = 0 WHERE id = 4"')).toEqual([]);
  });

  it('each statement is judged alone: a DELETE after another statement is found, wherever it starts', () => {
    expect(names('mysql -e "SELECT 1; DELETE FROM reservation"')).toEqual(['`DELETE` without `WHERE`']);
    expect(names('mysql -e "SELECT 1;DELETE FROM reservation"')).toEqual(['`DELETE` without `WHERE`']);
    expect(names('mysql -e "DELETE FROM a WHERE id = 1; DELETE FROM b"')).toEqual(['`DELETE` without `WHERE`']);
    expect(names('mysql -e "DELETE FROM a WHERE id = 1; SELECT 2"')).toEqual([]);
    expect(names('mysql -e "SELECT 1; SELECT 2"')).toEqual([]);
  });

  it('a WHERE before the DELETE, in the same statement, does not target it', () => {
    expect(names("mysql <<'SQL'\n-- no WHERE below: the table is emptied\nDELETE FROM reservation\nSQL")).toEqual([
      '`DELETE` without `WHERE`',
    ]);
  });

  it('a check before && guards a DELETE that comes after several statements on the line', () => {
    const settings = Array.from({ length: 8 }, (_, i) => `SET @v${i} = ${i}`).join('; ');
    const guarded = `mysql -e "${settings}"; [ "$(hostname -s)" = db-restore-01 ] && mysql -e "DELETE FROM reservation"`;
    expect(names(guarded)).toEqual([]);
    expect(names(`mysql -e "${settings}"; mysql -e "DELETE FROM reservation"`)).toEqual(['`DELETE` without `WHERE`']);
  });

  it('FLUSHALL and FLUSHDB given to redis-cli', () => {
    expect(names('redis-cli FLUSHALL')).toEqual(['`FLUSHALL`/`FLUSHDB`']);
    expect(names('redis-cli -n 2 flushdb')).toEqual(['`FLUSHALL`/`FLUSHDB`']);
  });

  it('find … -delete', () => {
    expect(names('find /var/lib/mysql -mindepth 1 -delete')).toEqual(['`find … -delete`']);
    expect(names('find /var/lib/mysql -name "*.tmp" -print')).toEqual([]);
  });
});

describe('Redis, Kubernetes and services', () => {
  it('DEL or UNLINK over a pattern (a --pattern scan or KEYS) is found; a scan or KEYS that deletes nothing is not', () => {
    expect(names('redis-cli --scan --pattern "avail:*" | xargs redis-cli UNLINK')).toEqual([
      '`UNLINK`/`DEL` over a pattern',
    ]);
    expect(names(`redis-cli DEL $(redis-cli KEYS 'rate:*')`)).toEqual(['`UNLINK`/`DEL` over a pattern']);
    expect(names('redis-cli --scan --pattern "avail:*"')).toEqual([]);
    expect(names(`redis-cli KEYS 'rate:*'`)).toEqual([]);
    expect(names('redis-cli DEL rate:2027-01-01')).toEqual([]);
  });

  it('kubectl delete, with any options between, is found; a delete after a pipe or in a name is not', () => {
    expect(names('kubectl delete pod booking-api-0')).toEqual(['`kubectl delete`']);
    expect(names('kubectl -n booking --context prod delete pod booking-api-0')).toEqual(['`kubectl delete`']);
    expect(names('kubectl get events | grep -c " delete "')).toEqual([]);
    expect(names('kubectl get pod delete-old-jobs-1')).toEqual([]);
  });

  it('stopping, disabling or killing a database service is found, however spaced; restarting it is not', () => {
    expect(names('systemctl stop mysqld')).toEqual(['stopping a database service']);
    expect(names('systemctl  disable  --now redis-server')).toEqual(['stopping a database service']);
    expect(names('systemctl kill mariadb')).toEqual(['stopping a database service']);
    expect(names('service mysql stop')).toEqual(['stopping a database service']);
    expect(names('service  mysql  stop')).toEqual(['stopping a database service']);
    expect(names('service redis_6379 stop')).toEqual(['stopping a database service']);
    expect(names('service mysql status')).toEqual([]);
    expect(names('systemctl restart mysqld')).toEqual([]);
    expect(names('systemctl stop nginx')).toEqual([]);
  });
});

describe('MySQL accounts', () => {
  it('DISCARD OLD PASSWORD given to mysql, however spaced or broken across lines', () => {
    expect(names(`mysql -e "ALTER USER 'app'@'%' DISCARD OLD PASSWORD"`)).toEqual(['`DISCARD OLD PASSWORD`']);
    expect(names("mysql <<'SQL'\nALTER USER 'app'@'%'\n  DISCARD  OLD\n  PASSWORD;\nSQL")).toEqual([
      '`DISCARD OLD PASSWORD`',
    ]);
    expect(names(`mysql -e "ALTER USER 'app'@'%' RETAIN CURRENT PASSWORD"`)).toEqual([]);
    expect(names('grep -c "DISCARD OLD PASSWORD" runbook.md')).toEqual([]);
  });
});

describe('guards', () => {
  it('a here-document is read from the line after its command: its first statement is found', () => {
    expect(names('mysql <<SQL\nDELETE FROM reservation;\nSQL')).toEqual(['`DELETE` without `WHERE`']);
  });

  it('a check guards only the command list it opens: not a command after `;`, nor one before the `&&`', () => {
    expect(names('[ -d /restore/full ] && rm -rf /restore/full')).toEqual([]);
    expect(names('[ -d /restore/full ] && echo found; rm -rf /restore/full')).toEqual(['`rm -r`']);
    expect(names('rm -rf /restore/full && echo removed')).toEqual(['`rm -r`']);
    expect(names('mysql -e "DELETE FROM reservation" && echo done')).toEqual(['`DELETE` without `WHERE`']);
  });

  it('a check before `&&` guards a here-document fed by that line, and a statement after a `;` between quotes', () => {
    expect(names('[ "$(hostname -s)" = db-restore-01 ] && mysql <<SQL\nDELETE FROM reservation;\nSQL')).toEqual([]);
    expect(names('[ "$(hostname -s)" = db-restore-01 ] && mysql -e "SET @a = 1; DELETE FROM reservation"')).toEqual([]);
  });

  it('a test that mentions `true` is a check; `true`, `:` or an echo alone is not, nor an `&&` with nothing before it', () => {
    expect(names('[ "$CONFIRMED" = true ] && rm -rf /restore/full')).toEqual([]);
    expect(names('true && rm -rf /restore/full')).toEqual(['`rm -r`']);
    expect(names(': && rm -rf /restore/full')).toEqual(['`rm -r`']);
    expect(names('echo ok && rm -rf /restore/full')).toEqual(['`rm -r`']);
    expect(names('&& rm -rf /restore/full')).toEqual(['`rm -r`']);
  });

  it('in strict mode, a check that stops the block on failure guards what follows, however `||` is spaced', () => {
    const stopped = (check: string) => names(`set -euo pipefail\n${check}\nrm -rf /restore/full`);
    expect(stopped('[ -d /restore/full ] || exit 1')).toEqual([]);
    expect(stopped('[ -d /restore/full ] ||exit 1')).toEqual([]);
    expect(stopped('[ -d /restore/full ] || { echo "no restore"; exit 1; }')).toEqual([]);
    expect(stopped('[ -d /restore/full ] || echo "no restore"')).toEqual(['`rm -r`']);
  });

  it('a comment that shows a destructive command is not one', () => {
    expect(names('# afterwards: rm -rf /restore/full')).toEqual([]);
  });

  it('a checked variable counts only inside the subshell that checked it', () => {
    const code = '(\nset -euo pipefail\n: "${DIR:?set DIR}"\n)\nset -euo pipefail\nrm -rf "$DIR"';
    expect(unguardedDestructive(code)).toEqual([{ line: 6, name: '`rm -r`', unchecked: ['DIR'], strict: true }]);
  });
});

describe('mixed alternatives', () => {
  it('two labelled cases: the first label and its line', () => {
    expect(mixedAlternatives('echo start\n# incident: stop the writes\na\n# drill: leave them\nb')).toEqual({
      line: 2,
      comment: 'incident: stop the writes',
    });
  });

  it('a commented-out command or "instead": that comment and its line', () => {
    expect(mixedAlternatives("a\n# ssh $NODE 'sudo reboot'")).toEqual({ line: 2, comment: "ssh $NODE 'sudo reboot'" });
    expect(mixedAlternatives('a\n# all providers down, instead:\nb')).toEqual({
      line: 2,
      comment: 'all providers down, instead:',
    });
  });

  it('a single label or a plain note is no alternative', () => {
    expect(mixedAlternatives('# incident: stop the writes\na')).toBeNull();
    expect(mixedAlternatives('# edit the FROM line, then:\ndocker build .')).toBeNull();
  });
});
