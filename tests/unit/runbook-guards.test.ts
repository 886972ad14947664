/**
 * The dangerous steps of the real runbooks, pinned: each fixed block passes its rule, and the same
 * block without its guard fails it, so the guard is what the rule sees. Where no rule can judge
 * the fix (which statuses hold a room, which host became production), the fix itself is asserted.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { CodeBlock } from '../../src/lib/content/body.ts';
import { loadContent, type AnyEntry } from '../../src/lib/content/load.ts';
import { mixedAlternatives, unguardedDestructive } from '../../src/lib/code-blocks/destructive.ts';
import { sqlErrors, sqlInShell } from '../../src/lib/code-blocks/sql.ts';

/** The real content's entries, read once per file (it takes over a second), by the first test's beforeEach. */
let realEntries: AnyEntry[] | undefined;
let entries: AnyEntry[];
// not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
beforeEach(() => {
  entries = realEntries ??= loadContent({ contentDir: 'src/content' }).entries;
});

function blocksOf(id: string): CodeBlock[] {
  const entry = entries.find((e) => e.id === id && (e.collection === 'runbooks' || e.collection === 'guides'));
  if (!entry) throw new Error(`no entry ${id}`);
  return entry.bodyScan?.codeBlocks ?? [];
}

/** The one block of a runbook that contains `marker`. */
function block(id: string, marker: string): string {
  const found = blocksOf(id).filter((b) => b.value.includes(marker));
  expect(found, `one block of ${id} containing ${marker}`).toHaveLength(1);
  return found[0]?.value ?? '';
}

/** The block with every line containing `guard` removed. */
const without = (code: string, guard: string) =>
  code
    .split('\n')
    .filter((line) => !line.includes(guard))
    .join('\n');

const sqlProblems = (code: string) => sqlInShell(code).flatMap(sqlErrors);

describe('database-restore', () => {
  it('step 7: the wrong-host check stops the wipe of /var/lib/mysql', () => {
    const code = block('database-restore', 'xtrabackup --copy-back');
    expect(unguardedDestructive(code)).toEqual([]);
    expect(unguardedDestructive(without(code, 'WRONG HOST')).map((u) => u.name)).toEqual([
      'stopping a database service',
      '`find … -delete`',
    ]);
  });

  it('step 14: the wipe stops on another host and on a host that path B made production, and takes the backup key', () => {
    const code = block('database-restore', 'SERVES PRODUCTION');
    expect(unguardedDestructive(code)).toEqual([]);
    expect(unguardedDestructive(without(code, 'exit 1')).length).toBeGreaterThan(0);
    expect(code).toMatch(/grep -Eq '\^bind_address \*= \*127\\.0\\.0\\.1' \/etc\/my\.cnf\.d\/restore\.cnf \|\| \{/);
    expect(code).toContain('rm -f /etc/xtrabackup/backup.key');
  });

  it('step 9: the incident and the drill replay are separate blocks', () => {
    for (const b of blocksOf('database-restore').filter((b) =>
      b.value.includes('mysqlbinlog --start-position=$START_POS'),
    )) {
      expect(mixedAlternatives(b.value)).toBeNull();
      expect(b.value.match(/mysqlbinlog/g)).toHaveLength(1);
    }
  });

  it('path B skips a range of GTIDs, and the undo turns read_only off with super_read_only', () => {
    const text = entries.find((e) => e.id === 'database-restore' && e.collection === 'runbooks')?.body ?? '';
    expect(text).toContain('--exclude-gtids="$BAD_GTIDS"');
    expect(text).toMatch(/BAD_GTIDS='[0-9a-f-]+:\d+-\d+'/);
    for (const undo of text.match(/SET GLOBAL super_read_only = OFF[^`]*/g) ?? [])
      expect(undo).toContain('SET GLOBAL read_only = OFF');
  });
});

describe('rollback', () => {
  it('step 9: the pattern delete stops when PREFIX is unset, on the bastion and in the pod', () => {
    const blocks = blocksOf('rollback').filter((b) => b.value.includes('UNLINK'));
    expect(blocks).toHaveLength(2);
    for (const { value } of blocks) {
      expect(unguardedDestructive(value)).toEqual([]);
      const unchecked = value.replace(/: "\$\{PREFIX:\?[^}]*\}"/g, ':');
      expect(unguardedDestructive(unchecked).map((u) => u.unchecked)).toContainEqual(
        expect.arrayContaining(['PREFIX']),
      );
    }
  });
});

describe('access-joiner-mover-leaver', () => {
  it('step 5: CREATE USER in MySQL 8 order parses; the old order does not', () => {
    const code = block('access-joiner-mover-leaver', 'CREATE USER');
    expect(sqlProblems(code)).toEqual([]);
    expect(sqlProblems(code.replace('REQUIRE SSL PASSWORD EXPIRE', 'PASSWORD EXPIRE REQUIRE SSL'))).toHaveLength(1);
  });

  it('step 12: the old password is discarded only under a check that every rollout finished', () => {
    const code = block('access-joiner-mover-leaver', 'DISCARD OLD PASSWORD');
    expect(unguardedDestructive(code)).toEqual([]);
    const bare = code
      .split('\n')
      .filter((l) => l.includes('mysql') || l.includes('DISCARD'))
      .join('\n');
    expect(unguardedDestructive(bare).map((u) => u.name)).toEqual(['`DISCARD OLD PASSWORD`']);
  });

  it('step 12: pods restart only after the secret holds the new password', () => {
    const code = block('access-joiner-mover-leaver', 'RETAIN CURRENT PASSWORD');
    const synced = code.indexOf('[ "$have" = "$want" ] || {');
    expect(synced).toBeGreaterThan(0);
    expect(code.indexOf('rollout restart')).toBeGreaterThan(synced);
  });
});

describe('overbooking-reconciliation', () => {
  it('the recount and the counter fix count pending_payment, which holds a room', () => {
    const counting = blocksOf('overbooking-reconciliation').filter((b) => /SUM\(r\.rooms\)/.test(b.value));
    expect(counting).toHaveLength(2);
    for (const { value } of counting)
      expect(value).toContain("r.status IN ('pending_payment', 'confirmed', 'checked_in')");
  });

  it('OTA and PMS exports with Chinese statuses: 已取消 is not active', () => {
    const code = block('overbooking-reconciliation', 'tolower(');
    const filters = code.match(/tolower\(\$\d\)!~\/([^/]+)\//g) ?? [];
    expect(filters).toHaveLength(2);
    for (const f of filters) expect('已取消').toMatch(new RegExp(f.replace(/^tolower\(\$\d\)!~\/|\/$/g, '')));
  });
});

describe('security-patching', () => {
  it('step 9: the drain refuses the node of the single Redis pod, before cordoning it', () => {
    const code = block('security-patching', 'kubectl --context prod drain');
    const check = code.indexOf("grep -q '^pod/redis-'");
    expect(check).toBeGreaterThan(0);
    expect(check).toBeLessThan(code.indexOf('cordon'));
  });
});

describe('booking-outage-triage', () => {
  it('the process list shows statement shapes, not query text with guest data', () => {
    const code = block('booking-outage-triage', 'information_schema.processlist');
    expect(code).toContain('STATEMENT_DIGEST_TEXT(info)');
    expect(code).not.toMatch(/LEFT\(info/);
  });
});

describe('payment-gateway-failure', () => {
  it('the rollback puts back the saved routing instead of switching every provider on', () => {
    const code = block('payment-gateway-failure', 'map_values(null)');
    expect(code).not.toMatch(/"alipay\.enabled":"true"/);
    expect(code).toContain('payment-routing-before.json');
  });
});
