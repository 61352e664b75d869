import * as migration_20261125_055208_initial from './20261125_055208_initial';

export const migrations = [
  {
    up: migration_20261125_055208_initial.up,
    down: migration_20261125_055208_initial.down,
    name: '20261125_055208_initial'
  },
];
