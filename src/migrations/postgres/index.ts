import * as migration_20261128_101911_initial from './20261128_101911_initial';

export const migrations = [
  {
    up: migration_20261128_101911_initial.up,
    down: migration_20261128_101911_initial.down,
    name: '20261128_101911_initial',
  },
];
