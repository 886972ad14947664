// Runs before every npm script, on any Node: the scripts are TypeScript run by Node's own type
// stripping, which needs Node 22.18 or later (an older Node would fail with ERR_UNKNOWN_FILE_EXTENSION);
// the floor is 22.19, which Lighthouse (the bench's page scores) requires.
// Plain ES5 CommonJS on purpose, so that it runs on the old Node it warns about.
var floor = [22, 19];
var parts = process.versions.node.split('.').map(Number);
if (parts[0] < floor[0] || (parts[0] === floor[0] && parts[1] < floor[1])) {
  console.error(
    'This handbook needs Node ' +
      floor.join('.') +
      ' or later (Node 24 in .nvmrc); this is Node ' +
      process.versions.node +
      ', so install a newer Node and run the command again.',
  );
  process.exit(1);
}
