import * as migration_20261125_055208_initial from './20261125_055208_initial';
import * as migration_20261127_135719_workflow from './20261127_135719_workflow';

export const migrations = [
  {
    up: migration_20261125_055208_initial.up,
    down: migration_20261125_055208_initial.down,
    name: '20261125_055208_initial',
  },
  {
    up: migration_20261127_135719_workflow.up,
    down: migration_20261127_135719_workflow.down,
    name: '20261127_135719_workflow'
  },
];
